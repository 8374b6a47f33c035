/**
 * The launch attributes of a `refscope` debug configuration, described
 * once. The TypeScript interface the session uses is derived from this
 * description, and test/dap/launchArguments.test.ts checks that
 * package.json's `configurationAttributes.launch` schema says the same
 * thing, so the editor's IntelliSense and the adapter cannot drift apart.
 *
 * It deliberately does not resolve VS Code variables such as ${file}: the
 * editor substitutes them before the adapter sees a launch request.
 */

/** The JSON-schema subset our launch attributes use. */
type AttributeSchema =
  | { readonly type: 'string' }
  | { readonly type: 'boolean' }
  | { readonly type: 'array'; readonly items: { readonly type: 'string' } }
  | { readonly type: 'object'; readonly additionalProperties: { readonly type: 'string' } };

interface AttributeDescription {
  readonly schema: AttributeSchema;
  readonly required: boolean;
  readonly description: string;
  /** The default the editor inserts; absent when there is none. */
  readonly default?: unknown;
}

/** The one description of the launch attributes. */
export const launchAttributes = {
  program: {
    schema: { type: 'string' },
    required: true,
    description: 'The Python file to run, for example ${file}.',
  },
  args: {
    schema: { type: 'array', items: { type: 'string' } },
    required: false,
    default: [],
    description: 'Command-line arguments the program sees in sys.argv[1:].',
  },
  cwd: {
    schema: { type: 'string' },
    required: false,
    default: '${workspaceFolder}',
    description: 'The working directory of the program.',
  },
  env: {
    schema: { type: 'object', additionalProperties: { type: 'string' } },
    required: false,
    default: {},
    description: 'Environment variables the program sees in os.environ, added to the inherited ones.',
  },
  stopOnEntry: {
    schema: { type: 'boolean' },
    required: false,
    default: false,
    description: 'Pause at the first line of the program.',
  },
} as const satisfies Record<string, AttributeDescription>;

type Attributes = typeof launchAttributes;

/** The TypeScript type a schema describes. */
type ValueOf<S> = S extends { type: 'string' }
  ? string
  : S extends { type: 'boolean' }
    ? boolean
    : S extends { type: 'array'; items: infer I }
      ? ValueOf<I>[]
      : S extends { type: 'object'; additionalProperties: infer V }
        ? Record<string, ValueOf<V>>
        : never;

type RequiredNames = { [K in keyof Attributes]: Attributes[K]['required'] extends true ? K : never }[keyof Attributes];
type OptionalNames = Exclude<keyof Attributes, RequiredNames>;

/** The launch arguments, as the session receives them after validation. */
export type LaunchArguments = { [K in RequiredNames]: ValueOf<Attributes[K]['schema']> } & {
  [K in OptionalNames]?: ValueOf<Attributes[K]['schema']>;
};

/** The `configurationAttributes.launch` JSON schema package.json should hold. */
export function launchJsonSchema(): {
  required: string[];
  properties: Record<string, Record<string, unknown>>;
} {
  const required: string[] = [];
  const properties: Record<string, Record<string, unknown>> = {};
  for (const [name, attribute] of Object.entries(launchAttributes) as [string, AttributeDescription][]) {
    if (attribute.required) required.push(name);
    const property: Record<string, unknown> = { ...attribute.schema };
    if ('default' in attribute) property.default = attribute.default;
    property.description = attribute.description;
    properties[name] = property;
  }
  return { required, properties };
}

function matches(schema: AttributeSchema, value: unknown): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'object':
      return (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((item) => typeof item === 'string')
      );
  }
}

/**
 * Checks a launch request's arguments against the description. Returns the
 * typed arguments, or a sentence saying what is wrong; unknown attributes
 * (name, type, request, __sessionId...) are the editor's and are ignored.
 */
export function validateLaunchArguments(raw: unknown): LaunchArguments | string {
  if (typeof raw !== 'object' || raw === null) return 'The launch arguments must be an object.';
  const record = raw as Record<string, unknown>;
  for (const [name, attribute] of Object.entries(launchAttributes) as [string, AttributeDescription][]) {
    const value = record[name];
    if (value === undefined) {
      if (attribute.required) return `The launch attribute '${name}' is required: ${attribute.description}`;
      continue;
    }
    if (!matches(attribute.schema, value)) {
      const expected =
        attribute.schema.type === 'array'
          ? 'an array of strings'
          : attribute.schema.type === 'object'
            ? 'an object of string values'
            : `a ${attribute.schema.type}`;
      return `The launch attribute '${name}' must be ${expected}.`;
    }
  }
  return record as unknown as LaunchArguments;
}
