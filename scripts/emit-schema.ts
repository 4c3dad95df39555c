// npm run schema:emit — writes schema/schema.graphql from the resolvers (core + installed plugins).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from '../server/src/schema.js';
import { installedPlugins } from '../server/src/installed-plugins.js';

writeFileSync(SCHEMA_FILE, printAppSchema(await buildAppSchema(installedPlugins)));
console.log(`Schéma écrit : ${SCHEMA_FILE}`);
