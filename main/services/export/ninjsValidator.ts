// Validation of ninjs 2.2 documents against the IPTC schema kept in ./schemas, offline: the
// GeoJSON schema it references is registered under its own `$id`, so nothing is fetched.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import ninjsSchema from './schemas/ninjs-schema_2.2.json' with { type: 'json' };
import geoJsonSchema from './schemas/GeoJSON-schema.json' with { type: 'json' };

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!compiled) {
    // The GeoJSON schema is draft-07; its keywords are a subset 2020-12 reads the same way.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const { $schema: _ignored, ...geo } = geoJsonSchema as Record<string, unknown>;
    ajv.addSchema(geo);
    compiled = ajv.compile(ninjsSchema);
  }
  return compiled;
}

/** Problems of a ninjs document, one line each; empty when it is valid. */
export function ninjsProblems(doc: unknown): string[] {
  const validate = validator();
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'unevaluatedProperty' in e.params ? `: ${String(e.params.unevaluatedProperty)}` : ''}`);
}
