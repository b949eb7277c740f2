// `npm run schema:build`: writes schemas/role-file.schema.json from the zod
// schema. Reproducible: the same source gives the same bytes (a unit test
// regenerates the file and compares).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROLE_FILE_SCHEMA_PATH, roleFileJsonSchemaText } from '../src/model/roleFileJsonSchema';

const target = join(__dirname, '..', '..', ROLE_FILE_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, roleFileJsonSchemaText());
console.log(`wrote ${ROLE_FILE_SCHEMA_PATH}`);
