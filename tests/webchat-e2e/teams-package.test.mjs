// The Teams app package written by 'articleqa teams-package' (scripts/test.sh passes its path)
// validates against Microsoft's own JSON schema for its manifest version, as shipped in the
// Microsoft 365 Agents Toolkit's @microsoft/app-manifest package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readZip } from './support/zip.mjs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const packagePath = process.env.TEAMS_PACKAGE;

test('the Teams app manifest is valid against the official schema of its version', { skip: !packagePath && 'TEAMS_PACKAGE not set' }, () => {
  const entries = readZip(packagePath);
  const manifest = JSON.parse(entries.get('manifest.json').toString('utf8'));
  const schemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
  assert.ok(existsSync(schemaPath));

  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  const valid = validate(manifest);

  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  for (const icon of Object.values(manifest.icons)) assert.ok(entries.has(icon), `${icon} is in the package`);
});
