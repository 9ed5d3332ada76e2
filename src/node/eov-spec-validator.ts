// express-openapi-validator builds an `OpenAPISchemaValidator` for every instance, compiling the
// whole OpenAPI meta-schema with Ajv (100–200 ms here), even with `validateApiSpec: false`, when
// it never calls it (express-openapi-validator 5.6, dist/framework/index.js). We run one instance
// per document path (app.ts), so every path's first request, and the cold start, paid for it.
// Here the library's class is wrapped: with `validateApiSpec` false it compiles nothing; with it
// true it is the library's own. The library looks the class up on this module's exports at each
// construction, so swapping the export is enough.
import { createRequire } from 'node:module';

interface SpecValidatorOptions {
  version: string;
  validateApiSpec: boolean;
}
interface SpecValidator {
  validate(document: unknown): { errors: unknown[] };
}
type SpecValidatorClass = new (options: SpecValidatorOptions) => SpecValidator;

const schemaValidatorModule = createRequire(import.meta.url)('express-openapi-validator/dist/framework/openapi.schema.validator.js') as {
  OpenAPISchemaValidator: SpecValidatorClass;
};

const Compiled = schemaValidatorModule.OpenAPISchemaValidator;

/** Never asked to validate anything: the library only calls `validate` when `validateApiSpec` is on. */
const unused: SpecValidator = { validate: () => ({ errors: [] }) };

function LazySpecValidator(options: SpecValidatorOptions): SpecValidator {
  return options.validateApiSpec ? new Compiled(options) : unused;
}

schemaValidatorModule.OpenAPISchemaValidator = LazySpecValidator as unknown as SpecValidatorClass;
