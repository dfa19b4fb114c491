// "Set host URL" (dynamichosturl): the URL template replaces the connector's host URL, that is the
// scheme, host and base path; the operation's path follows it. (Connectors in the public repository
// repeat their basePath in the template, e.g. "@connectionParameters('site')/wp-json/x/v1" with
// basePath "/wp-json/x/v1", which only works when the template replaces the base path too.)
import { evaluate, policyName, templateText, type RequestPolicy } from './request-policy';

export const dynamicHostUrlPolicy: RequestPolicy = {
  templateId: 'dynamichosturl',
  apply(policy, d) {
    const template = templateText(policy, 'urlTemplate');
    if (!template) {
      d.notes.push(`Policy ${policyName(policy)} has no urlTemplate; the connector's host was used.`);
      return;
    }
    const evaluated = evaluate(policy, d, template);
    if (evaluated.missing.length) {
      d.errors.push(
        `Policy ${policyName(policy)} builds the host URL from ${evaluated.missing.join(' and ')}, which ${evaluated.missing.length > 1 ? 'have' : 'has'} no value.`,
      );
      return;
    }
    let url = evaluated.text.trim();
    if (url === '') {
      d.errors.push(`Policy ${policyName(policy)} gave an empty host URL (from ${template}).`);
      return;
    }
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
      d.notes.push(`Policy ${policyName(policy)} gave a host URL without a scheme; https:// was put in front.`);
      url = `https://${url}`;
    }
    if (!/^https?:\/\/[^/?#\s]+/i.test(url) || /[?#\s]/.test(url)) {
      d.errors.push(`Policy ${policyName(policy)} gave "${url}", which is not an http or https host URL.`);
      return;
    }
    d.baseUrl = url.replace(/\/+$/, '');
  },
};
