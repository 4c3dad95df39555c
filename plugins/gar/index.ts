// GAR (SAML 2.0) and OpenID Connect sign-in from school portals (ENT), and the portal's learner summary.
import { definePlugin } from '../../server/src/plugin-api/index.js';
import { ExternalIdentity } from './external-identity.entity.js';
import { ExternalSignInResolver } from './gar.resolver.js';
import { registerOidcRoutes } from './oidc-routes.js';
import { registerGarRoutes } from './saml-routes.js';

export default definePlugin({
  name: 'gar',
  entities: [ExternalIdentity],
  resolvers: [ExternalSignInResolver],
  routes(app, platform, orm) {
    registerGarRoutes(app, platform, orm);
    registerOidcRoutes(app, platform, orm);
  },
});
