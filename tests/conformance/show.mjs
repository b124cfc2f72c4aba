// Developer tool: print cases with graphql-js's answer.
//   node show.mjs [filter]   e.g. node show.mjs validation-scalar-leafs
import { loadCorpus, requestOf } from './lib/cases.mjs';
import { runRequest } from './lib/oracle.mjs';

const filter = process.argv[2] ?? '';
for (const { file, cases } of await loadCorpus()) {
  for (const c of cases) {
    const id = `${file}/${c.name}`;
    if (!id.includes(filter)) continue;
    const { stage, result } = await runRequest(requestOf(c));
    const errs = (result.errors ?? []).map((e) => `    ! ${e.message}${e.path ? ` @${e.path.join('.')}` : ''}`).join('\n');
    const data = 'data' in result ? `    data ${JSON.stringify(result.data).slice(0, 300)}` : '';
    console.log(`${id} [${stage}]\n${[errs, data].filter(Boolean).join('\n')}`);
  }
}
