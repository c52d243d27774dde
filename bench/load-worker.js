/**
 * Runs one autocannon load in its own process, so the load generator does not
 * share an event loop with Strapi. Prints the result as JSON on stdout.
 * Usage: node bench/load-worker.js '<json options>'
 */
const autocannon = require('autocannon');

const options = JSON.parse(process.argv[2]);
autocannon(options, (error, result) => {
  if (error) {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  }
  process.stdout.write(
    JSON.stringify({
      requests: result.requests.total,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      statusCodes: result.statusCodeStats,
    })
  );
});
