// The role-file JSON Schema: generated from the zod schema, committed, and
// up to date (regenerated here and compared byte for byte).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLE_FILE_SCHEMA_PATH, roleFileJsonSchema, roleFileJsonSchemaText } from '../../../src/model/roleFileJsonSchema';
import { ROOT } from '../../support/roles';

interface Schema {
  properties: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  additionalProperties?: boolean;
  description?: string;
  pattern?: string;
}

describe('role-file JSON Schema', () => {
  it('is committed exactly as npm run schema:build writes it', () => {
    const committed = readFileSync(join(ROOT, ROLE_FILE_SCHEMA_PATH), 'utf8');
    assert.equal(committed, roleFileJsonSchemaText(), 'run npm run schema:build and commit schemas/role-file.schema.json');
  });

  it('is reproducible: two generations give the same text', () => {
    assert.equal(roleFileJsonSchemaText(), roleFileJsonSchemaText());
  });

  it('describes a role as the zod schema does: required fields, no unknown fields, the id pattern, hover text', () => {
    const schema = roleFileJsonSchema() as unknown as Schema;
    assert.deepEqual(schema.required, ['roles']);
    const role = schema.properties.roles.items!;
    assert.deepEqual(role.required, ['id', 'title', 'category']);
    assert.equal(role.additionalProperties, false);
    assert.equal(role.properties.id.pattern, '^[a-z0-9]+(?:[-.][a-z0-9]+)*$');
    assert.match(role.properties.pay.description!, /dollars/);
    assert.deepEqual(role.properties.pay.required, ['source']);
    assert.ok(role.properties.pay.properties.yearly, 'pay.yearly is described');
  });

  it('is the file package.json contributes for .career-compare/*.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { jsonValidation: { fileMatch: string[]; url: string }[] };
    };
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: ['**/.career-compare/*.json'], url: `./${ROLE_FILE_SCHEMA_PATH}` }]);
  });
});
