// Operation summaries made from what an API description wrote: restricted characters (/ \ < > * % &
// ?) become words or spaces, and a web address becomes its host name rather than "https: host or
// path or ...".
import { describe, expect, it } from 'vitest';
import { chooseSummary, cleanSummary } from '../../shared/engines/import/openapi2/operation-summaries';

describe('operation summaries', () => {
  it('turns a web address into its host name', () => {
    expect(cleanSummary('Send a message (see https://www.twilio.com/docs/sms/api)')).toBe('Send a message (see www.twilio.com)');
    expect(cleanSummary('Fetch from http://api.example.org:8080/v1/items?x=1')).toBe('Fetch from api.example.org:8080');
    expect(cleanSummary('Read www.contoso.com/help/en-us')).toBe('Read www.contoso.com');
    expect(chooseSummary('List calls https://www.twilio.com/docs/voice/api/call-resource', 'ListCall')).toEqual({
      summary: 'List calls www.twilio.com',
      change: 'cleaned',
    });
    for (const written of ['Get the feed: https://graph.facebook.com/me/feed', 'Upload at https://x.example/a/b/c/d/e']) {
      expect(chooseSummary(written, 'Op').summary).not.toMatch(/[/\\<>*%&?]| or /);
    }
  });

  it('still words other slashes and ampersands', () => {
    expect(cleanSummary('Create and/or update a user/group & its roles')).toBe('Create or update a user or group and its roles');
    expect(cleanSummary('Progress in %')).toBe('Progress in percent');
  });
});
