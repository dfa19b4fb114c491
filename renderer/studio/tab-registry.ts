// The wizard's tabs, in the portal's order. Each is an id, the label on its tab, its component (a
// folder under renderer/wizard/), and its slice: what of the studio's state it is given (the form
// state, its store, the callbacks it needs). A new tab is a folder and one line here; the tab strip,
// the panels and the command palette follow.
import { createElement, type ComponentType, type ReactNode } from 'react';
import type { FormState } from '../../shared/editing/form-state';
import type { EditableFile } from '../workers/editable-files';
import type { FieldRequest } from '../wizard/certification/focus-field';
import type { ParameterFocusRequest } from '../wizard/definition/parameter-focus';
import { CertificationTab } from '../wizard/certification/certification-tab';
import { CodeTab } from '../wizard/code/code-tab';
import { DefinitionTab } from '../wizard/definition/definition-tab';
import { GeneralTab } from '../wizard/general/general-tab';
import { TestTab } from '../wizard/operation-runs/test-tab';
import { SecurityTab } from '../wizard/security/security-tab';
import type { SessionFeatures } from './session-features';

/** What the studio offers a tab; each tab takes its slice. */
export interface TabContext {
  form: FormState;
  features: SessionFeatures;
  /** The file does not parse: its fields cannot be edited. */
  definitionLocked: boolean;
  propertiesLocked: boolean;
  /** The operation selected (shared by the Definition and Test tabs). */
  selected: string | undefined;
  onSelect(pointer: string): void;
  onReveal(file: EditableFile, at: { offset: number; length: number } | { line: number; column: number }): void;
  /** Shows another tab (by its id), and focuses this field in it. */
  onShowInForm(tab: string, field: FieldRequest | undefined): void;
  /** A request parameter's field asked for by "Show in form", for the Definition tab. */
  parameterFocus: ParameterFocusRequest | undefined;
  onSave(): void;
}

export interface StudioTab<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  render(context: TabContext): ReactNode;
}

function tab<Id extends string, P extends object>(
  id: Id,
  label: string,
  component: ComponentType<P>,
  slice: (c: TabContext) => P,
): StudioTab<Id> {
  return { id, label, render: (context) => createElement(component, slice(context)) };
}

export const TABS = [
  tab('general', 'General', GeneralTab, (c) => ({
    icon: c.features.icon,
    form: c.form,
    definitionLocked: c.definitionLocked,
    propertiesLocked: c.propertiesLocked,
  })),
  tab('security', 'Security', SecurityTab, (c) => ({
    form: c.form,
    definitionLocked: c.definitionLocked,
    propertiesLocked: c.propertiesLocked,
  })),
  tab('definition', 'Definition', DefinitionTab, (c) => ({
    form: c.form,
    locked: c.definitionLocked,
    selected: c.selected,
    onSelect: c.onSelect,
    icon: c.features.icon,
    certification: c.features.certification,
    parameterFocus: c.parameterFocus,
  })),
  tab('code', 'Code', CodeTab, (c) => ({
    script: c.features.script,
    form: c.form,
    propertiesLocked: c.propertiesLocked,
    onSave: c.onSave,
  })),
  tab('test', 'Test', TestTab, (c) => ({
    runs: c.features.runs,
    triggers: c.features.triggers,
    form: c.form,
    selected: c.selected,
    onSelect: c.onSelect,
    onReveal: c.onReveal,
  })),
  tab('certification', 'Certification', CertificationTab, (c) => ({
    certification: c.features.certification,
    form: c.form,
    onReveal: c.onReveal,
    onShowInForm: c.onShowInForm,
    onSelectOperation: c.onSelect,
  })),
] as const;

export type TabId = (typeof TABS)[number]['id'];
