import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import './eov-spec-validator.ts';

type SpecValidator = { validate(document: unknown): { errors: unknown[] } };
const { OpenAPISchemaValidator } = createRequire(import.meta.url)(
  'express-openapi-validator/dist/framework/openapi.schema.validator.js',
) as {
  OpenAPISchemaValidator: new (options: { version: string; validateApiSpec: boolean }) => SpecValidator;
};

describe("express-openapi-validator's document validator", () => {
  it('compiles and checks nothing when the document is not to be validated (validateApiSpec: false)', () => {
    expect(new OpenAPISchemaValidator({ version: '3.1.0', validateApiSpec: false }).validate({ not: 'a document' })).toEqual({
      errors: [],
    });
  });

  it("is the library's own when the document is to be validated", () => {
    const validator = new OpenAPISchemaValidator({ version: '3.1.0', validateApiSpec: true });
    expect(validator.validate({ openapi: '3.1.0' }).errors).not.toHaveLength(0);
    expect(validator.validate({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} }).errors).toHaveLength(0);
  });
});
