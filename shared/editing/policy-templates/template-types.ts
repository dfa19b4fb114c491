// The policy template catalogue (from the JSON Schema of apiProperties.json in Microsoft's
// PowerPlatformConnectors repository) and the instances a connector's apiProperties.json holds.

export const OPERATIONS_KEY = 'x-ms-apimTemplate-operationName';
export const SECTION_KEY = 'x-ms-apimTemplate-policySection';
export const PARAMETER_PREFIX = 'x-ms-apimTemplateParameter.';

export type PolicySection = 'Request' | 'Response' | 'Failure';

/** How a parameter is edited: a text box, a drop-down, a number, or a name -> value table. */
export type TemplateParameterKind = 'text' | 'choice' | 'number' | 'map';

export interface TemplateParameter {
  /** The key in `parameters`: `x-ms-apimTemplateParameter.name`. */
  key: string;
  /** The label the form shows (the portal's wording where known). */
  label: string;
  required: boolean;
  kind: TemplateParameterKind;
  options?: string[];
  default?: string;
  description?: string;
  /** An example value from the reference, used to prefill a new instance's required values. */
  example?: unknown;
}

export interface PolicyTemplate {
  /** The id as the catalogue lists it (lower case). */
  id: string;
  /** The portal's name of the template. */
  title: string;
  parameters: TemplateParameter[];
  /** Where it may run (`x-ms-apimTemplate-policySection`); empty when the template has no such choice. */
  sections: PolicySection[];
  /** `type` the portal writes beside the template id (PollingTrigger), if any. */
  type?: string;
  /** Parameters are not known (undocumented templates): any key is accepted. */
  open: boolean;
}

export interface PolicyInstanceRow {
  index: number;
  /** `/properties/policyTemplateInstances/<index>` in apiProperties.json. */
  pointer: string;
  /** As written. */
  templateId: string;
  title: string;
  type?: string;
  /** The operations listed; undefined when the key is absent (the policy applies to every operation). */
  operations?: string[];
  section?: string;
  /** Every parameter as written, by key (the operation list and section included). */
  parameters: Record<string, unknown>;
  /** Problems found, by parameter key ('' for the instance as a whole). */
  problems: Record<string, string>;
}
