// The standalone folder from the command line (the Dockerfile, the e2e suite's web server):
//   node scripts/standalone.mjs          assemble .next/standalone after `next build`
//   node scripts/standalone.mjs serve    assemble, then run it in the foreground (PORT and HOSTNAME
//                                        as Next's server reads them: 3000 and 0.0.0.0 when unset)
import { assembleStandalone, serveStandalone } from "./standalone-server.mjs";

const command = process.argv[2] ?? "assemble";
if (!["assemble", "serve"].includes(command)) {
  console.error(`usage: node scripts/standalone.mjs [assemble|serve] (got "${command}")`);
  process.exit(2);
}
try {
  assembleStandalone();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (command === "serve") serveStandalone({ port: process.env.PORT || "3000", hostname: process.env.HOSTNAME || "0.0.0.0" });
