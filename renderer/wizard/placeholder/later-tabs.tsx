// The tabs still to come (Security, Code, Test, Certification), each saying what it will hold.
import type { FormState } from '../../studio/form-state';
import { NotAvailableTab } from './not-available-tab';

export function SecurityTab({ form }: { form: FormState }) {
  return (
    <NotAvailableTab
      title="Security"
      will={[
        'Authentication type: No authentication, Basic authentication, API Key or OAuth 2.0.',
        'Basic: the labels of the user name and password parameters.',
        'API Key: Parameter label, Parameter name and Parameter location (Header or Query).',
        'OAuth 2.0: Identity provider (Generic OAuth 2, Microsoft Entra ID, GitHub, ...), Client ID, Client secret (kept in the system keychain, never in the files), Authorization URL, Token URL, Refresh URL, Scope and Redirect URL.',
      ]}
    >
      <p>
        Authentication today: <strong>{form.authLabel}</strong>
      </p>
    </NotAvailableTab>
  );
}

export function CodeTab() {
  return (
    <NotAvailableTab
      title="Code"
      will={[
        'Custom code (script.csx, C#): paste or upload, enable or disable.',
        'The operations the code runs for (none chosen means all of them).',
        'The platform limits shown as you write: 5 seconds, 1 MB, one script per connector.',
      ]}
    />
  );
}

export function TestTab() {
  return (
    <NotAvailableTab
      title="Test"
      will={[
        'New connection: sign in or enter the key, kept in the system keychain.',
        'Choose an operation, fill in its inputs, and Test operation.',
        'The request sent (as a curl command) and the response, with schema-validation warnings when the body does not match.',
      ]}
    />
  );
}

export function CertificationTab() {
  return (
    <NotAvailableTab
      title="Certification"
      will={[
        'The checks Microsoft runs on a certification pull request, each with where it applies and how to fix it.',
        'Errors that block certification apart from guidance.',
        'The files the submission needs (readme, icon, intro) and whether they are there.',
      ]}
    />
  );
}
