// The figures of issue 9 item 6 against a running server:
//   node login-brake.mjs timing URL USER PASSWORD [N]   median time of a wrong password, unknown vs known user (N each, interleaved)
//   node login-brake.mjs guesses URL USER PASSWORD [N]  N rapid wrong guesses (10 in flight), how many were checked; then the right password
// "timing" needs a server whose login limits are lifted (Planning__Login__FailuresPerUsername, ...PerAddress).
const [mode, url, user, password, n] = process.argv.slice(2);
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

async function login(u, p) {
  const started = performance.now();
  const response = await fetch(url + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: LOGIN, variables: { u, p } }),
  });
  const body = await response.json();
  return { ms: performance.now() - started, status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'OK' };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (mode === 'timing') {
  const count = Number(n ?? 50);
  const unknown = [], known = [];
  await login(user, password + '-warm-up');
  for (let i = 0; i < count; i++) {
    unknown.push((await login('khong-co-nguoi-nay-' + i, 'sai-mat-khau')).ms);
    known.push((await login(user, 'sai-mat-khau-' + i)).ms);
  }
  console.log(`wrong password, median of ${count}: unknown user ${median(unknown).toFixed(1)} ms, known user ${median(known).toFixed(1)} ms`);
} else if (mode === 'guesses') {
  const count = Number(n ?? 301);
  const answers = [];
  const started = performance.now();
  for (let i = 0; i < count; i += 10)
    answers.push(...await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, j) => login(user, 'doan-sai-' + (i + j)))));
  const seconds = (performance.now() - started) / 1000;
  const checked = answers.filter((a) => a.code === 'UNAUTHENTICATED').length;
  const throttled = answers.filter((a) => a.status === 429).length;
  const right = await login(user, password);
  console.log(`${count} wrong guesses in ${seconds.toFixed(1)} s: ${checked} checked, ${throttled} refused with 429; right password then: ${right.status} ${right.code}`);
} else {
  console.error('usage: node login-brake.mjs timing|guesses URL USER PASSWORD [N]');
  process.exit(2);
}
