// PostGraphile v5 serving the pgl schema (postgraphile.sql) at http://127.0.0.1:$PORT/graphql.
//   DATABASE_URL=postgres://... PORT=5096 node postgraphile-server.mjs
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

const port = Number(process.env.PORT ?? 5096);
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["pgl"] })],
  grafserv: { port, host: "127.0.0.1", graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once("listening", () => console.log(`PostGraphile ${process.env.npm_package_version ?? "v5"} at http://127.0.0.1:${port}/graphql`));
serv.addTo(server).then(() => server.listen(port, "127.0.0.1"));
