// Independent verification of Open Badges 3.0 credentials with the Digital Credentials Consortium's libraries.
// Usage: node verify.mjs input.json — input: {"credentials": [...], "statusLists": [...]}; the status list
// credentials are handed to the document loader (nothing is fetched: fetchRemoteContexts is false).
// Prints one JSON line: [{"id": ..., "verified": bool, "proof": bool, "status": bool|null, "errors": [...]}].
import {readFileSync} from 'node:fs';
import * as vc from '@digitalcredentials/vc';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {securityLoader} from '@digitalcredentials/security-document-loader';
import {checkStatus} from '@digitalcredentials/vc-bitstring-status-list';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const loader = securityLoader({fetchRemoteContexts: false});
for (const list of input.statusLists ?? []) {
  loader.addStatic(list.id, list);
}
const documentLoader = loader.build();
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});

const messages = error => {
  if (!error) return [];
  const errors = error.errors ?? [error];
  return errors.map(e => String(e.message ?? e));
};

const results = [];
for (const credential of input.credentials) {
  const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus});
  const proof = (result.results ?? []).length > 0 && result.results.every(r => r.verified);
  results.push({
    id: credential.id,
    verified: result.verified === true,
    proof,
    status: result.statusResult ? result.statusResult.verified === true : null,
    errors: [...messages(result.error), ...messages(result.statusResult?.error)],
  });
}
process.stdout.write(JSON.stringify(results) + '\n');
