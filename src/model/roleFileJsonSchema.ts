// The JSON Schema of a role file, generated from the zod schema (zod 4's
// toJSONSchema) so the editor's completion and hovers match what the loader
// accepts. `npm run schema:build` writes it to schemas/role-file.schema.json;
// a unit test regenerates it and compares, byte for byte.
import * as z from 'zod';
import { LIMITS } from '../limits';
import { RoleFileSchema, RoleSchema } from './schema';

/** Where the generated schema lives in the project (package.json's jsonValidation points here). */
export const ROLE_FILE_SCHEMA_PATH = 'schemas/role-file.schema.json';

/** Hover text for a role's fields: zod carries no descriptions, the editor shows these. */
const ROLE_FIELDS: Readonly<Record<string, string>> = {
  id: 'Unique id: lower-case letters, digits and single dashes, e.g. "my-data-scientist". Must not be an official role\'s id.',
  title: 'The job title shown in the tree, the pickers and comparisons.',
  category: 'A group name (official roles use their SOC major group). Your roles are listed under "Your Roles" in the tree.',
  socCode: 'The SOC code, e.g. "15-2051", if the role is a kind of an official occupation.',
  alternateTitles: 'Other titles people use; the search finds the role by them.',
  description: 'What the role does, with its source.',
  pay: 'Pay in US dollars, with its source: yearly (mean), yearlyMedian, hourly, range, percentiles.',
  jobs: 'Number of jobs, with its source.',
  growth: 'Projected employment change in percent (rate), with its source.',
  satisfaction: 'Job satisfaction rating on a 0–5 scale, with its source.',
  education: 'Education: most common degree, distribution, major, college, with its source.',
  experience: 'Experience: years, time to become one, with its source.',
  demographics: 'Age and shares by gender and race (percent), with their source.',
  responsibilities: 'What the role is responsible for, one line each, with the source.',
  skills: 'Skills with a value each: "share" (percent) or "importance" (1–5), with the source.',
  knowledge: 'Knowledge areas, measured like skills.',
  states: 'Pay by state, with its source.',
  industries: 'Pay by industry, with its source.',
  metros: 'Pay by metropolitan area, with its source: the highest paying areas first.',
  technologies: 'Technologies used, with their source.',
  relatedRoles: 'Ids of related roles (official or your own), most related first.',
};

type JsonObject = Record<string, unknown>;

/** The schema as an object: role files hold `{ "roles": [ role, … ] }`, each role as the loader validates it. */
export function roleFileJsonSchema(): JsonObject {
  const file = RoleFileSchema.extend({ roles: z.array(RoleSchema).min(1).max(LIMITS.rolesPerFile) });
  const schema = z.toJSONSchema(file, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as JsonObject;
  const properties = schema.properties as JsonObject;
  const role = (properties.roles as JsonObject).items as { properties: Record<string, JsonObject> };
  for (const [key, description] of Object.entries(ROLE_FIELDS)) {
    if (role.properties[key]) role.properties[key] = { description, ...role.properties[key] };
  }
  return {
    $schema: schema.$schema,
    title: 'Career Compare role file',
    description: 'Your own roles for Career Compare: { "roles": [ … ] }, validated like the bundled role files.',
    ...schema,
  };
}

/** The schema file's exact text (two-space JSON, one trailing newline). */
export function roleFileJsonSchemaText(): string {
  return `${JSON.stringify(roleFileJsonSchema(), null, 2)}\n`;
}
