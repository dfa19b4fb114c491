// settings.json as both CLIs read it: paconn (`paconn create -s settings.json`) and
// `pac connector create --settings-file`. Only file names: never an environment secret.
export function newSettingsJson(files: { icon: boolean; script: boolean }): string {
  const settings: Record<string, string> = {
    apiDefinition: 'apiDefinition.swagger.json',
    apiProperties: 'apiProperties.json',
  };
  if (files.icon) settings.icon = 'icon.png';
  if (files.script) settings.script = 'script.csx';
  return `${JSON.stringify(settings, null, 2)}\n`;
}
