// Every kind of change the diff reports. Severities: error when existing flows or connections
// break (Microsoft's detector fails a pull request on these), warning when they may break or
// behave differently, info for additive changes that break nothing.
import type { DiffRule } from './types';

const rule = (id: string, area: DiffRule['area'], severity: DiffRule['severity'], category: string, description: string): DiffRule => ({
  id,
  area,
  severity,
  category,
  description,
});

export const DIFF_RULES = {
  // Operations
  OperationRemoved: rule(
    'OperationRemoved',
    'operation',
    'error',
    'Operation deleted',
    'An operation of the old connector is gone: flows that call it break.',
  ),
  OperationIdChanged: rule(
    'OperationIdChanged',
    'operation',
    'error',
    'Operation renamed',
    'An operation keeps its method and path under a new operationId: flows call operations by id, so they break.',
  ),
  OperationPathChanged: rule(
    'OperationPathChanged',
    'operation',
    'error',
    'Path template changed',
    "An operation's path template changed: existing flows keep their inputs for the old path's parameters.",
  ),
  OperationMethodChanged: rule(
    'OperationMethodChanged',
    'operation',
    'error',
    'HTTP method changed',
    "An operation's HTTP method changed: the API receives a different request from existing flows.",
  ),
  VisibilityMadeInternal: rule(
    'VisibilityMadeInternal',
    'operation',
    'error',
    'Visibility made internal',
    'An operation, input or output is now x-ms-visibility internal: hidden from makers, so flows that use it can no longer be edited.',
  ),
  OperationDeprecated: rule(
    'OperationDeprecated',
    'operation',
    'warning',
    'Operation deprecated',
    'An operation is now deprecated: flows keep running, but makers are told to move, so name a replacement (x-ms-api-annotation).',
  ),
  TriggerTypeChanged: rule(
    'TriggerTypeChanged',
    'operation',
    'error',
    'Trigger type changed',
    "An operation's trigger kind changed (action, webhook or polling trigger; single or batch): flows built on it break.",
  ),
  OperationAdded: rule('OperationAdded', 'operation', 'info', 'Operation added', 'A new operation: additive, breaks nothing.'),
  // Inputs
  ParameterRemoved: rule(
    'ParameterRemoved',
    'input',
    'error',
    'Parameter removed',
    'An input (parameter or body field) is gone: flows that set it send what the API no longer accepts.',
  ),
  ParameterLocationChanged: rule(
    'ParameterLocationChanged',
    'input',
    'error',
    'Parameter location changed',
    'A parameter moved (path, query, header, body or formData): existing flows keep sending it in the old location.',
  ),
  RequiredParameterAdded: rule(
    'RequiredParameterAdded',
    'input',
    'error',
    'New required input',
    'A new required input without a default: existing flows do not send it.',
  ),
  ParameterMadeRequired: rule(
    'ParameterMadeRequired',
    'input',
    'error',
    'Input made required',
    'An optional input became required without a default: flows that leave it empty fail.',
  ),
  ParameterTypeChanged: rule(
    'ParameterTypeChanged',
    'input',
    'error',
    'Input type changed',
    "An input's type changed: values existing flows send may no longer fit.",
  ),
  ParameterFormatChanged: rule(
    'ParameterFormatChanged',
    'input',
    'error',
    'Input format changed',
    "An input's format changed: values existing flows send may no longer fit.",
  ),
  EnumAddedToInput: rule(
    'EnumAddedToInput',
    'input',
    'error',
    'Enum added to an input',
    'A list of enum values was added to a free input: existing flows may use values outside the list.',
  ),
  EnumValueRemoved: rule(
    'EnumValueRemoved',
    'input',
    'error',
    'Enum value removed',
    "Values were removed from an input's enum: flows that chose them break.",
  ),
  DefaultValueChanged: rule(
    'DefaultValueChanged',
    'input',
    'warning',
    'Default value changed',
    "An input's default changed or was removed: flows that relied on it send something else.",
  ),
  DynamicValuesChanged: rule(
    'DynamicValuesChanged',
    'input',
    'warning',
    'Dynamic values changed',
    "An input's x-ms-dynamic-values or x-ms-dynamic-list changed: the values existing flows chose may no longer be offered.",
  ),
  ParameterAdded: rule(
    'ParameterAdded',
    'input',
    'info',
    'Optional input added',
    'A new optional input (or one with a default): additive, breaks nothing.',
  ),
  // Outputs
  ResponseSchemaRemoved: rule(
    'ResponseSchemaRemoved',
    'output',
    'error',
    'Output deleted',
    'A success response no longer has a schema: flows that use its fields break.',
  ),
  ResponseStatusChanged: rule(
    'ResponseStatusChanged',
    'output',
    'warning',
    'Response status changed',
    'The success response with the output schema moved to another status code.',
  ),
  ResponsePropertyRemoved: rule(
    'ResponsePropertyRemoved',
    'output',
    'error',
    'Output field deleted',
    'An output field is gone: flows that use it break.',
  ),
  ResponsePropertyTypeChanged: rule(
    'ResponsePropertyTypeChanged',
    'output',
    'error',
    'Output type changed',
    "An output field's type (or the response's shape) changed: flows that use it may break.",
  ),
  ResponsePropertyFormatChanged: rule(
    'ResponsePropertyFormatChanged',
    'output',
    'error',
    'Output format changed',
    "An output field's format changed: flows that use it may break.",
  ),
  ResponsePropertyAdded: rule(
    'ResponsePropertyAdded',
    'output',
    'info',
    'Output field added',
    'A new output field: additive, breaks nothing.',
  ),
  // Connection
  AuthenticationTypeChanged: rule(
    'AuthenticationTypeChanged',
    'connection',
    'error',
    'Authentication type changed',
    'The connection authenticates differently (type or identity provider): existing connections stop working.',
  ),
  ConnectionParameterAdded: rule(
    'ConnectionParameterAdded',
    'connection',
    'error',
    'Connection parameter added',
    'A new required connection parameter: existing connections lack it (an optional one is additive).',
  ),
  ConnectionParameterMadeRequired: rule(
    'ConnectionParameterMadeRequired',
    'connection',
    'error',
    'Connection parameter made required',
    'A connection parameter became required: existing connections may lack it.',
  ),
  ConnectionParameterRemoved: rule(
    'ConnectionParameterRemoved',
    'connection',
    'warning',
    'Connection parameter removed',
    'A connection parameter is gone: what existing connections stored for it is no longer used.',
  ),
  ConnectionParameterTypeChanged: rule(
    'ConnectionParameterTypeChanged',
    'connection',
    'error',
    'Connection parameter type changed',
    "A connection parameter's type changed: existing connections hold a value of the old kind.",
  ),
  OAuthSettingsChanged: rule(
    'OAuthSettingsChanged',
    'connection',
    'warning',
    'OAuth settings changed',
    'OAuth scopes, URLs or redirect mode changed: existing connections may need to sign in again.',
  ),
  // Endpoint
  HostChanged: rule(
    'HostChanged',
    'endpoint',
    'warning',
    'Host changed',
    'The host changed: every existing flow now calls another server.',
  ),
  BasePathChanged: rule(
    'BasePathChanged',
    'endpoint',
    'warning',
    'Base path changed',
    'The base path changed: every existing flow now calls other URLs.',
  ),
} as const satisfies Record<string, DiffRule>;

export type DiffRuleId = keyof typeof DIFF_RULES;

export const ALL_DIFF_RULES: readonly DiffRule[] = Object.values(DIFF_RULES);
