/**
 * Starts the compiled playground as a second Strapi process on the database named
 * by the environment, for tests of several instances sharing one database.
 * Prints "READY <port>" once it listens.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../../../playground');

createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false })
  .start()
  .then(() => process.stdout.write(`READY ${process.env.PORT}\n`))
  .catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
