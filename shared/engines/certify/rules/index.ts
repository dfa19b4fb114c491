import { additionalPropertyNotAllowed } from './additional-property-not-allowed';
import { additionalPropertyNotAllowedAdjacentToRef } from './additional-property-not-allowed-adjacent-to-ref';
import { allowEmptyValueOnlyValidForQueryFormData } from './allow-empty-value-only-valid-for-query-form-data';
import { apiAnnotationExtensionReplacementInfoForNonDeprecatedOperations } from './api-annotation-extension-replacement-info-for-non-deprecated-operations';
import { apiAnnotationExtensionReplacementInfoMissingApiProperty } from './api-annotation-extension-replacement-info-missing-api-property';
import { apiAnnotationExtensionReplacementInfoMissingOperationIdProperty } from './api-annotation-extension-replacement-info-missing-operation-id-property';
import { apiAnnotationRevisionZero } from './api-annotation-revision-zero';
import { apiPropertiesKeyNotAllowed } from './api-properties-key-not-allowed';
import { apiPropertiesMissing } from './api-properties-missing';
import { arrayDuplicateValue } from './array-duplicate-value';
import { arrayHasNoItems } from './array-has-no-items';
import { basePathNotValid } from './base-path-not-valid';
import { booleanWrittenForString } from './boolean-written-for-string';
import { bodyOrFormDataParameterInFetchOperationNotAllowed } from './body-or-form-data-parameter-in-fetch-operation-not-allowed';
import { bodyParameterSchemaRequired } from './body-parameter-schema-required';
import { collectionFormatValueNotSupported } from './collection-format-value-not-supported';
import { connectionIdParameterNotAllowed } from './connection-id-parameter-not-allowed';
import { connectionParameterNameNotValid } from './connection-parameter-name-not-valid';
import { connectorMetadataMissing } from './connector-metadata-missing';
import { connectorMetadataPropertiesMissing } from './connector-metadata-properties-missing';
import { consumesMissing } from './consumes-missing';
import { contactEmailNotValid } from './contact-email-not-valid';
import { defaultResponseHasSchema } from './default-response-has-schema';
import { defaultValueMustMatchType } from './default-value-must-match-type';
import { defaultValueNotInEnum } from './default-value-not-in-enum';
import { definitionTooLarge } from './definition-too-large';
import { descriptionContainsProductName } from './description-contains-product-name';
import { descriptionContainsUrl } from './description-contains-url';
import { descriptionNotSentence } from './description-not-sentence';
import { discriminatorMustBeARequiredStringProperty } from './discriminator-must-be-a-required-string-property';
import { duplicateEnumValuesInExtension } from './duplicate-enum-values-in-extension';
import { emptyEnumValue } from './empty-enum-value';
import { enumMustContainAtLeastOneElement } from './enum-must-contain-at-least-one-element';
import { enumValueCaseMismatch } from './enum-value-case-mismatch';
import { exclusiveMaximumRequiresMaximum } from './exclusive-maximum-requires-maximum';
import { exclusiveMinimumRequiresMinimum } from './exclusive-minimum-requires-minimum';
import { extensionNameNotValid } from './extension-name-not-valid';
import { extensionNotAllowedHere } from './extension-not-allowed-here';
import { fieldLengthExceeded } from './field-length-exceeded';
import { fieldLengthNotInRange } from './field-length-not-in-range';
import { fileEncodingNotSupported } from './file-encoding-not-supported';
import { fileParameterMustBeInFormData } from './file-parameter-must-be-in-form-data';
import { hostNameNotValid } from './host-name-not-valid';
import { iconBackgroundNotValid } from './icon-background-not-valid';
import { iconBrandColorInvalid } from './icon-brand-color-invalid';
import { iconBrandColorNotAllowed } from './icon-brand-color-not-allowed';
import { iconFormatNotValid } from './icon-format-not-valid';
import { iconSizeNotValid } from './icon-size-not-valid';
import { independentPublisherBrandColor } from './independent-publisher-brand-color';
import { independentPublisherIconNotAllowed } from './independent-publisher-icon-not-allowed';
import { infoContactRequired } from './info-contact-required';
import { infoDescriptionRequired } from './info-description-required';
import { internalParameterRequiresDefault } from './internal-parameter-requires-default';
import { internalPropertyWithDefaultOptional } from './internal-property-with-default-optional';
import { invalidConnectorCategory } from './invalid-connector-category';
import { invalidCustomEditorExtensionDictionaryValue } from './invalid-custom-editor-extension-dictionary-value';
import { invalidEnumValue } from './invalid-enum-value';
import { invalidEnumValuesExtensionValue } from './invalid-enum-values-extension-value';
import { invalidFormDataParameterName } from './invalid-form-data-parameter-name';
import { invalidNextLinkNameValue } from './invalid-next-link-name-value';
import { jsonTypeIncorrect } from './json-type-incorrect';
import { jsonValueNotInEnum } from './json-value-not-in-enum';
import { mimeTypeNotSupported } from './mime-type-not-supported';
import { minimumShouldBeLessThanOrEqualToMaximum } from './minimum-should-be-less-than-or-equal-to-maximum';
import { missingEnumValuesDisplayName } from './missing-enum-values-display-name';
import { multipleOfMustBeGreaterThanZero } from './multiple-of-must-be-greater-than-zero';
import { notificationExtensionNotSupportedInWebhookOperation } from './notification-extension-not-supported-in-webhook-operation';
import { notificationExtensionSupportedForTriggerOnly } from './notification-extension-supported-for-trigger-only';
import { notificationOperationMustBeWebhook } from './notification-operation-must-be-webhook';
import { notificationUrlNotAllowedInThisPosition } from './notification-url-not-allowed-in-this-position';
import { notificationUrlNotInternal } from './notification-url-not-internal';
import { notificationUrlNotRequired } from './notification-url-not-required';
import { notificationUrlNotString } from './notification-url-not-string';
import { nullValue } from './null-value';
import { numberWrittenForString } from './number-written-for-string';
import { oAuthSecurityRequirementValueMustBeScopeName } from './oauth-security-requirement-value-must-be-scope-name';
import { oAuthSettingsIncomplete } from './oauth-settings-incomplete';
import { operationDescriptionRequired } from './operation-description-required';
import { operationFamilyHasDuplicateRevisions } from './operation-family-has-duplicate-revisions';
import { operationFamilyHasManyActiveOperations } from './operation-family-has-many-active-operations';
import { operationHasManyResponsesWithSchema } from './operation-has-many-responses-with-schema';
import { operationIdNotFound } from './operation-id-not-found';
import { operationIdNotUnique } from './operation-id-not-unique';
import { operationIdRequired } from './operation-id-required';
import { operationIdSanitized } from './operation-id-sanitized';
import { operationIdTooLong } from './operation-id-too-long';
import { operationMissingPathParameter } from './operation-missing-path-parameter';
import { operationMustHaveNotificationContentExtension } from './operation-must-have-notification-content-extension';
import { operationMustHaveResponse } from './operation-must-have-response';
import { operationParameterNameNotFound } from './operation-parameter-name-not-found';
import { operationParametersContainDuplicateParameter } from './operation-parameters-contain-duplicate-parameter';
import { operationParametersContainMultipleBodyParameters } from './operation-parameters-contain-multiple-body-parameters';
import { operationPathContainsUnsupportedCharacters } from './operation-path-contains-unsupported-characters';
import { operationPathMayNotContainQueryOrFragment } from './operation-path-may-not-contain-query-or-fragment';
import { operationPathMustStartWithSlash } from './operation-path-must-start-with-slash';
import { operationPathTemplateNotValid } from './operation-path-template-not-valid';
import { operationPathVariablesContainDefaults } from './operation-path-variables-contain-defaults';
import { operationShouldHaveSuccessfulResponse } from './operation-should-have-successful-response';
import { operationStatusAheadOfConnector } from './operation-status-ahead-of-connector';
import { operationSummaryRequired } from './operation-summary-required';
import { operationSummaryTooLong } from './operation-summary-too-long';
import { parameterDescriptionRequired } from './parameter-description-required';
import { parameterListContainsFormDataAndBody } from './parameter-list-contains-form-data-and-body';
import { parameterReferenceNotFound } from './parameter-reference-not-found';
import { parameterReferenceNotValid } from './parameter-reference-not-valid';
import { parameterSummaryRequired } from './parameter-summary-required';
import { partialDuplicateOperationPath } from './partial-duplicate-operation-path';
import { pathItemRefNotSuppored } from './path-item-ref-not-suppored';
import { pathParameterMissingEncoding } from './path-parameter-missing-encoding';
import { pathParameterMustBeRequired } from './path-parameter-must-be-required';
import { pathParameterNotDefinedInTemplate } from './path-parameter-not-defined-in-template';
import { pathParametersContainDuplicateParameter } from './path-parameters-contain-duplicate-parameter';
import { pathParametersContainMultipleBodyParameters } from './path-parameters-contain-multiple-body-parameters';
import { pathRedefined } from './path-redefined';
import { patternShouldBeValidRegularExpression } from './pattern-should-be-valid-regular-expression';
import { policyTemplateOperationNotFound } from './policy-template-operation-not-found';
import { policyTemplateParameterMissing } from './policy-template-parameter-missing';
import { policyTemplateUnknown } from './policy-template-unknown';
import { propertyNameCaseMismatch } from './property-name-case-mismatch';
import { publisherRequired } from './publisher-required';
import { queryParameterEncodingNotSupported } from './query-parameter-encoding-not-supported';
import { readmeMissing } from './readme-missing';
import { readmeSectionsMissing } from './readme-sections-missing';
import { redirectModeNotGlobalPerConnector } from './redirect-mode-not-global-per-connector';
import { requiredPropertyArrayEmpty } from './required-property-array-empty';
import { requiredPropertyDefinitionMissing } from './required-property-definition-missing';
import { requiredPropertyMissing } from './required-property-missing';
import { requiredPropertyNotOnObject } from './required-property-not-on-object';
import { requiredReadOnlyPropertyNotAllowedAsInput } from './required-read-only-property-not-allowed-as-input';
import { requiredValueEmpty } from './required-value-empty';
import { responseHeadersAreNotUnique } from './response-headers-are-not-unique';
import { responseMustBeDefaultOrHttpStatusCode } from './response-must-be-default-or-http-status-code';
import { responseReferenceNotFound } from './response-reference-not-found';
import { responseReferenceNotValid } from './response-reference-not-valid';
import { responseSchemaEmpty } from './response-schema-empty';
import { responseSchemaMissing } from './response-schema-missing';
import { restrictedCharactersInSummary } from './restricted-characters-in-summary';
import { schemaReferenceNotFound } from './schema-reference-not-found';
import { schemaReferenceNotValid } from './schema-reference-not-valid';
import { schemaTypeFileNotValid } from './schema-type-file-not-valid';
import { schemaViolation } from './schema-violation';
import { schemeNotSupported } from './scheme-not-supported';
import { schemeNotValid } from './scheme-not-valid';
import { schemesArrayEmpty } from './schemes-array-empty';
import { scriptOperationNotFound } from './script-operation-not-found';
import { scriptOperationsWithoutScript } from './script-operations-without-script';
import { scriptTooLarge } from './script-too-large';
import { secretInApiProperties } from './secret-in-api-properties';
import { securityConnectionParameterMismatch } from './security-connection-parameter-mismatch';
import { securityRequirementMustBeDefined } from './security-requirement-must-be-defined';
import { securityRequirementMustHaveEmptyValue } from './security-requirement-must-have-empty-value';
import { securitySchemePropertyRequired } from './security-scheme-property-required';
import { specificationVersionIncorrect } from './specification-version-incorrect';
import { stackOwnerRequired } from './stack-owner-required';
import { summaryCharactersNotRecommended } from './summary-characters-not-recommended';
import { summaryEqualsDescription } from './summary-equals-description';
import { summaryNotTitleCase } from './summary-not-title-case';
import { summaryRepeatsOperationId } from './summary-repeats-operation-id';
import { tagRedefined } from './tag-redefined';
import { tooManyConnectorCategories } from './too-many-connector-categories';
import { totalOperationsCountExceedsMaxAllowed } from './total-operations-count-exceeds-max-allowed';
import { uiConstraintMustBeString } from './ui-constraint-must-be-string';
import { unrecognizedTypeFormat } from './unrecognized-type-format';
import { unsupportedExtension } from './unsupported-extension';
import { urlNotValid } from './url-not-valid';
import { titleContainsProductName } from './title-contains-product-name';
import { valueContainsRestrictedWords } from './value-contains-restricted-words';
import { valueMustEndWithAlphanumeric } from './value-must-end-with-alphanumeric';
import { webhookOperationsMissingNotificationUrlProperty } from './webhook-operations-missing-notification-url-property';
import type { CertifyRule } from '../types';

/** Every rule, in the order the walker asks them (see the comment at the end of this file for what is left out). */
export const RULES: readonly CertifyRule[] = [
  // JSON Schema structure. Order matters: a violation goes to the first rule that claims it, so
  // specific rules come before generic ones; SchemaViolation, last of all, takes the rest.
  specificationVersionIncorrect,
  hostNameNotValid,
  basePathNotValid,
  schemeNotValid,
  operationPathMustStartWithSlash,
  queryParameterEncodingNotSupported,
  extensionNameNotValid,
  extensionNotAllowedHere,
  unsupportedExtension,
  additionalPropertyNotAllowedAdjacentToRef,
  responseMustBeDefaultOrHttpStatusCode,
  propertyNameCaseMismatch,
  additionalPropertyNotAllowed,
  apiPropertiesKeyNotAllowed,
  connectionParameterNameNotValid,
  policyTemplateParameterMissing,
  missingEnumValuesDisplayName,
  bodyParameterSchemaRequired,
  securitySchemePropertyRequired,
  requiredPropertyMissing,
  uiConstraintMustBeString,
  booleanWrittenForString,
  numberWrittenForString,
  apiAnnotationRevisionZero,
  nullValue,
  jsonTypeIncorrect,
  unrecognizedTypeFormat,
  enumValueCaseMismatch,
  emptyEnumValue,
  jsonValueNotInEnum,
  operationMustHaveResponse,
  arrayDuplicateValue,
  enumMustContainAtLeastOneElement,
  schemaTypeFileNotValid,
  multipleOfMustBeGreaterThanZero,
  // Document and info (connectors.md 5.1 and 5.2 "Properties")
  requiredValueEmpty,
  fieldLengthExceeded,
  valueContainsRestrictedWords,
  titleContainsProductName,
  valueMustEndWithAlphanumeric,
  descriptionContainsProductName,
  fieldLengthNotInRange,
  infoDescriptionRequired,
  infoContactRequired,
  contactEmailNotValid,
  urlNotValid,
  connectorMetadataMissing,
  connectorMetadataPropertiesMissing,
  invalidConnectorCategory,
  tooManyConnectorCategories,
  schemesArrayEmpty,
  schemeNotSupported,
  tagRedefined,
  definitionTooLarge,
  fileEncodingNotSupported,
  totalOperationsCountExceedsMaxAllowed,
  // Paths and operations
  pathRedefined,
  partialDuplicateOperationPath,
  operationPathTemplateNotValid,
  operationPathMayNotContainQueryOrFragment,
  operationPathContainsUnsupportedCharacters,
  operationIdRequired,
  operationIdNotUnique,
  operationIdSanitized,
  operationIdTooLong,
  operationSummaryRequired,
  operationDescriptionRequired,
  operationSummaryTooLong,
  restrictedCharactersInSummary,
  summaryRepeatsOperationId,
  summaryCharactersNotRecommended,
  summaryEqualsDescription,
  descriptionNotSentence,
  descriptionContainsUrl,
  consumesMissing,
  mimeTypeNotSupported,
  invalidNextLinkNameValue,
  apiAnnotationExtensionReplacementInfoForNonDeprecatedOperations,
  apiAnnotationExtensionReplacementInfoMissingOperationIdProperty,
  apiAnnotationExtensionReplacementInfoMissingApiProperty,
  operationFamilyHasDuplicateRevisions,
  operationFamilyHasManyActiveOperations,
  operationStatusAheadOfConnector,
  pathItemRefNotSuppored,
  // Parameters
  operationParametersContainDuplicateParameter,
  pathParametersContainDuplicateParameter,
  operationParametersContainMultipleBodyParameters,
  parameterListContainsFormDataAndBody,
  bodyOrFormDataParameterInFetchOperationNotAllowed,
  pathParameterMustBeRequired,
  operationMissingPathParameter,
  pathParameterNotDefinedInTemplate,
  pathParameterMissingEncoding,
  operationPathVariablesContainDefaults,
  fileParameterMustBeInFormData,
  collectionFormatValueNotSupported,
  connectionIdParameterNotAllowed,
  internalParameterRequiresDefault,
  internalPropertyWithDefaultOptional,
  invalidFormDataParameterName,
  pathParametersContainMultipleBodyParameters,
  allowEmptyValueOnlyValidForQueryFormData,
  parameterSummaryRequired,
  parameterDescriptionRequired,
  summaryNotTitleCase,
  // Responses
  operationShouldHaveSuccessfulResponse,
  defaultResponseHasSchema,
  operationHasManyResponsesWithSchema,
  responseSchemaEmpty,
  responseSchemaMissing,
  responseHeadersAreNotUnique,
  // Schemas and references
  schemaReferenceNotFound,
  schemaReferenceNotValid,
  parameterReferenceNotFound,
  parameterReferenceNotValid,
  responseReferenceNotFound,
  responseReferenceNotValid,
  requiredPropertyDefinitionMissing,
  requiredPropertyArrayEmpty,
  arrayHasNoItems,
  minimumShouldBeLessThanOrEqualToMaximum,
  patternShouldBeValidRegularExpression,
  discriminatorMustBeARequiredStringProperty,
  defaultValueMustMatchType,
  defaultValueNotInEnum,
  invalidEnumValue,
  requiredPropertyNotOnObject,
  requiredReadOnlyPropertyNotAllowedAsInput,
  exclusiveMaximumRequiresMaximum,
  exclusiveMinimumRequiresMinimum,
  // Extensions
  invalidEnumValuesExtensionValue,
  duplicateEnumValuesInExtension,
  operationIdNotFound,
  operationParameterNameNotFound,
  invalidCustomEditorExtensionDictionaryValue,
  // Webhooks
  webhookOperationsMissingNotificationUrlProperty,
  notificationUrlNotString,
  notificationUrlNotInternal,
  notificationUrlNotRequired,
  notificationUrlNotAllowedInThisPosition,
  operationMustHaveNotificationContentExtension,
  notificationExtensionSupportedForTriggerOnly,
  notificationExtensionNotSupportedInWebhookOperation,
  notificationOperationMustBeWebhook,
  // Security
  securityRequirementMustBeDefined,
  securityRequirementMustHaveEmptyValue,
  oAuthSecurityRequirementValueMustBeScopeName,
  securityConnectionParameterMismatch,
  redirectModeNotGlobalPerConnector,
  oAuthSettingsIncomplete,
  // apiProperties.json
  apiPropertiesMissing,
  iconBrandColorInvalid,
  iconBrandColorNotAllowed,
  independentPublisherBrandColor,
  independentPublisherIconNotAllowed,
  iconFormatNotValid,
  iconSizeNotValid,
  iconBackgroundNotValid,
  secretInApiProperties,
  publisherRequired,
  stackOwnerRequired,
  policyTemplateOperationNotFound,
  policyTemplateUnknown,
  scriptOperationNotFound,
  scriptOperationsWithoutScript,
  scriptTooLarge,
  // The folder
  readmeMissing,
  readmeSectionsMissing,
  // Last: whatever schema violation no rule above claimed.
  schemaViolation,
];

// Microsoft Swagger Validator rules (connectors.md 5.2) not implemented, and why:
// - Covered under another id: DuplicateOperationPath (a JSON object cannot hold a path twice; the
//   text layer reports duplicate keys as DuplicateKey, and PathRedefined the case variants);
//   OperationParametersAreNotUnique (= OperationParametersContainDuplicateParameter);
//   ParameterRefLoopNotAllowed, ResponseRefLoopNotAllowed, SchemaRefLoopNotAllowed (reported by the
//   *ReferenceNotFound rules, which say "leads back to itself"); NonBodyParameterSchemaNotValid and
//   DynamicExtensionDefinitionNotAllowedInParameter (the schema rejects "schema" on a non-body
//   parameter and x-ms-dynamic-schema on a body parameter: AdditionalPropertyNotAllowed and
//   ExtensionNotAllowedHere); SecuritySchemePropertyNotValid (AdditionalPropertyNotAllowed in a
//   security definition); Max{Items,Length,Properties}MustBeGreaterThanOrEqualToZero and
//   Min{Items,Length,Properties}MustBeGreaterThanOrEqualToZero (SchemaViolation "must be >= 0");
//   MinItems/MinLength <= MaxItems/MaxLength (MinimumShouldBeLessThanOrEqualToMaximum covers every
//   pair); MimeTypeNotValid's JSON-type half (JsonTypeIncorrect).
// - Semantics not documented precisely enough to decide from the files without false alarms:
//   DynamicListExtensionRequiredFor{AmbiguousReferences,NonParameterReferences},
//   DynamicPropertiesExtensionRequiredFor{AmbiguousReferences,NonParameterReferences,PropertiesValuePath},
//   DynamicPropertiesItemValuePathMismatch, DynamicTreeExtensionMissing,
//   SelectedItemValuePathNotAllowedInThisPosition (x-ms-dynamic-tree is a "TODO" in Microsoft's schema),
//   OperationMissingRequiredProperty, OperationParameterNameIsAmbiguous,
//   OperationParameterRequiredMismatch, OperationParameter{Static}TypeMismatch,
//   OperationRevisionEmpty, OperationFamilyHasManyEmptyRevisions,
//   OperationFamilyHasManyActiveProductionOperations, OperationIdShouldEndWithRevision,
//   ParamtersWithSameNameMustHaveSameTypeAndVisibility (which fetch/subscribe pairs are compared),
//   ReservedParameterIsUsed (the reserved names beyond connectionId are not published),
//   SourcePropertyInternal, BodyParameterPropertyNotValid, OneOfPropertiesRequired,
//   PropertyMustBeRequired, InvalidStringBinaryProperty, StringBinaryNotSupportedForFormUrlEncoded,
//   MimeTypeNotCompatibleWithRequestContentSchemaType, SchemaDefinitionSetIncorrectly,
//   ResponseExampleMustBeProducedByOperation, SwaggerKeywordNotSupported,
//   FilterFunctionsProperty{Empty,HasDuplicates,InInputSchema,InvalidValue} (an extension with no
//   public documentation), ProductionStatusOnBetaService, SecurityRequirementMustHaveValue (accepted
//   connectors use [] for OAuth requirements throughout).
// - Limits Microsoft does not publish: SchemaTooDeep (OperationIdTooLong takes API Management's 80).
// - Need every operation's schemas expanded through $ref (costly, and the published limits of 512
//   and 16,384 are far above any accepted connector): BodySchemaCountExceedsMaxAllowed,
//   OperationSchemaCountExceedsMaxAllowed, TotalSchemaCountExceedsMaxAllowed,
//   RequiredLoopInSchemaNotAllowed.
// - Need a response to inspect: InvokedOperationShouldProduce{Array,Property} (whether the called
//   operation's response has the value-collection array and the value-path property is decidable
//   only for static schemas; left for a later rule with tests on the 3,000 dynamic-values uses).
// - MimeTypeNotValid: the supported list is not published (MimeTypeNotSupported flags XML only,
//   which the designer cannot build); JsonPointerNotValid: the path syntax of the dynamic extensions is lenient.
// - ValueMustBeInEnglish: language detection is not decidable offline without a model.
