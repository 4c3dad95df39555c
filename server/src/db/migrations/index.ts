// Every migration, core and plugins, in one ordered stream. New migrations are appended here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121232712_initial } from './Migration20261121232712_initial.js';
import { Migration20261121234642_positioning } from './Migration20261121234642_positioning.js';
import { Migration20261122000019_campaigns } from './Migration20261122000019_campaigns.js';
import { Migration20261122000808_orga } from './Migration20261122000808_orga.js';
import { Migration20261122001029_exports } from './Migration20261122001029_exports.js';
import { Migration20261122001527_accounts } from './Migration20261122001527_accounts.js';
import { Migration20261122002504_certification } from './Migration20261122002504_certification.js';
import { Migration20261122003052_results } from './Migration20261122003052_results.js';
import { Migration20261122003520_retention } from './Migration20261122003520_retention.js';
import { Migration20261122004315_windows } from './Migration20261122004315_windows.js';
import { Migration20261122005005_gar } from './Migration20261122005005_gar.js';
import { Migration20261122005257_academicdashboard } from './Migration20261122005257_academicdashboard.js';
import { Migration20261122021403_academyadmin } from './Migration20261122021403_academyadmin.js';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261121232712_initial', class: Migration20261121232712_initial },
  { name: 'Migration20261121234642_positioning', class: Migration20261121234642_positioning },
  { name: 'Migration20261122000019_campaigns', class: Migration20261122000019_campaigns },
  { name: 'Migration20261122000808_orga', class: Migration20261122000808_orga },
  { name: 'Migration20261122001029_exports', class: Migration20261122001029_exports },
  { name: 'Migration20261122001527_accounts', class: Migration20261122001527_accounts },
  { name: 'Migration20261122002504_certification', class: Migration20261122002504_certification },
  { name: 'Migration20261122003052_results', class: Migration20261122003052_results },
  { name: 'Migration20261122003520_retention', class: Migration20261122003520_retention },
  { name: 'Migration20261122004315_windows', class: Migration20261122004315_windows },
  { name: 'Migration20261122005005_gar', class: Migration20261122005005_gar },
  { name: 'Migration20261122005257_academicdashboard', class: Migration20261122005257_academicdashboard },
  { name: 'Migration20261122021403_academyadmin', class: Migration20261122021403_academyadmin },
];
