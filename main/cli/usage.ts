// The CLI's --help text: here, not in the command modules, so --help loads none of them.

export const DIFF_USAGE = `  connector-studio diff <old> <new> [--format text|json|sarif|junit] [--verbose]
      Report what in <new> breaks flows and connections built on <old> (each a connector folder or
      a definition file), in the categories of Microsoft's breaking-change check, located in the
      new files (or the old ones for what is gone). --verbose lists additive changes too. Exit 1
      when there are breaking changes, 2 when a connector cannot be read.`;

export const TEST_USAGE = `  connector-studio test <dir> [--operation <operationId>]... [--connection <name>] [--param <name>=<value>]...
                        [--input <operationId>.<parameter>=<value>]... [--format text|json|junit]
      Call operations on the live API and check each response against its declared schema.
      Without --operation: every GET action with values for its required inputs.
      --connection uses a connection saved in the studio (its secrets from the OS keychain);
      --param gives a connection parameter (api_key, username, password, token for an OAuth
      access token, ...) and overrides the saved connection's value; --input a parameter value
      (@file reads a body or file from a file). Secrets are masked as **** in everything printed.`;

export const USAGE = `Usage:
  connector-studio import <source> --out <dir> [--from auto|folder|openapi2|openapi3|postman]
                        [--profile custom|certified|independent-publisher] [--ref-root <dir>]
                        [--force] [--report] [--json]
      Write a connector folder from <source>: a connector folder (its files written byte for byte,
      missing ones generated; a definition with no info.description, on which paconn create stops,
      gets a drafted one inserted, every other byte kept, and said), a Swagger 2.0 or OpenAPI
      3.0/3.1 description (JSON or YAML) or a Postman collection v2.0/v2.1, converted to Swagger
      2.0. External $refs are followed only to files in the description's folder and below it (or
      below --ref-root <dir>). A folder that holds connector files is replaced only with --force,
      and never the files being imported.
      --report prints every file read and every conversion decision and loss.
  connector-studio export <dir> --out <dir> [--force] [--json]
      Write the deployable package of a connector folder, as the studio's File > Export package
      does (for paconn and pac connector): its files, with apiProperties.json, settings.json and
      README.md generated when missing and secrets removed. A definition with no info.description,
      on which paconn create stops, gets a drafted one in the package (every other byte kept, and
      said); the connector's own file is unchanged. A JSON file that does not parse or is not
      standard JSON (comments, trailing commas, repeated keys) is exported only with --force; so
      is an --out that holds connector files, and never the connector's own folder or files.
  connector-studio inspect <dir|file> [--json]
      Print the connector's title, host, auth and operation counts, and any problems in its files.
  connector-studio validate <dir|file|glob>... [--profile auto|custom|certified|independent-publisher]
                        [--format text|json|sarif|junit]
      Check connectors offline against Microsoft's certification rules, by their names, with
      file:line:col locations, in one process: each folder or definition file given, and the
      connector folders and definition files a quoted glob matches ("connectors/*"). --profile auto
      (the default) chooses for each connector from its folder (PowerPlatformConnectors'
      certified-connectors, independent-publisher-connectors, custom-connectors) or its files (brand
      colour #da3b01, publisher, stackOwner, connector metadata), and the output names the profile
      chosen. Several connectors (or a glob): a summary line per connector in text; JSON, SARIF
      and JUnit one document covering them all. Exit 1 when any connector has errors or cannot be read.
${DIFF_USAGE}
${TEST_USAGE}
  connector-studio --help | --version

Exit codes: 0 success, 1 findings or failure, 2 bad usage.`;
