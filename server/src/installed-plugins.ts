// The one list of installed plugins. Removing a line uninstalls that plugin; the core keeps working.
import college from '../../plugins/college/index.js';
import lycee from '../../plugins/lycee/index.js';
import gar from '../../plugins/gar/index.js';
import academicDashboard from '../../plugins/academic-dashboard/index.js';
import type { Plugin } from './plugin-api/index.js';

export const installedPlugins: Plugin[] = [college, lycee, gar, academicDashboard];
