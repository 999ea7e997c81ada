// Public surface of the accounts module: the only file other modules may import.
export { accountsModule } from './module.js';
export { permissions, allPermissions, builtinRoles, type Permission, type ScopeType } from './permissions.js';
export { systemActor, requireActor, actorFrom, type Actor } from './actor.js';
export { authorize, can, scopedGrants, scopedSiteIds, type Scope, type SiteVisibility } from './authorization.js';
export { recordAudit, type AuditEntryInput } from './audit.js';
export { countUsers, createUser, resetPassword, findUserByUsername, type UserView } from './users.js';
export { findOrgUnitsByIds, findOrgUnitByCode, assertOrgUnitsExist, createOrgUnit, type OrgUnitView } from './org-units.js';
export { grantRole, setScopeResolver, type ScopeResolver } from './grants.js';
