// Validates Kubernetes manifests against the API's OpenAPI schemas (kubernetes-models), without a cluster:
//   npm --prefix deploy/kubernetes/schema-check ci && node deploy/kubernetes/schema-check/validate.mjs deploy/kubernetes/*.yaml
// Unknown fields pass here as they do in kubectl's default; tests/Denoising.Tests/Deploy checks the fields that matter by name.
import fs from "node:fs";
import * as yaml from "js-yaml";
import { Job } from "kubernetes-models/batch/v1/Job";
import { PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
import { Pod } from "kubernetes-models/v1/Pod";
const kinds = { Job, PersistentVolumeClaim, Pod };
let failed = false;
for (const file of process.argv.slice(2)) {
  for (const doc of yaml.loadAll(fs.readFileSync(file, "utf8"))) {
    if (!doc) continue;
    const Model = kinds[doc.kind];
    if (!Model) { failed = true; console.log(`${file}: ${doc.kind}: no schema loaded for this kind`); continue; }
    try { new Model(doc).validate(); console.log(`${file}: ${doc.kind} ${doc.metadata.name}: valid`); }
    catch (e) { failed = true; console.log(`${file}: ${doc.kind} ${doc.metadata?.name}: ${e.message}`); }
  }
}
process.exit(failed ? 1 : 0);
