// Domain types of the console, read off the generated OpenAPI types (schema.d.ts) so that a change
// on the server shows up here as a type error after `npm run gen:api`.
import type { paths } from './schema';

type JsonOf<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Success<R> = R extends { 200: infer A } ? JsonOf<A> : R extends { 201: infer B } ? JsonOf<B> : never;

/** The JSON answer of a successful call. */
export type ResponseOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R } ? Success<R> : never;
/** The JSON body a call takes. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
/** The query parameters a call takes. */
export type QueryOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;

type ItemOf<T> = T extends { items: Array<infer I> } ? I : T extends Array<infer I> ? I : never;

export type Session = ResponseOf<'/api/admin/auth/session', 'get'>;
export type Me = Session['user'];
export type TotpSetup = ResponseOf<'/api/admin/auth/totp/setup', 'post'>;
export type User = ItemOf<ResponseOf<'/api/admin/users', 'get'>>;
export type UserCreate = BodyOf<'/api/admin/users', 'post'>;
export type UserUpdate = BodyOf<'/api/admin/users/{userId}', 'patch'>;
export type OrgUnit = ItemOf<ResponseOf<'/api/admin/org-units', 'get'>>;
export type Role = ItemOf<ResponseOf<'/api/admin/roles', 'get'>>;
export type PermissionInfo = ItemOf<ResponseOf<'/api/admin/permissions', 'get'>>;
export type RoleInput = BodyOf<'/api/admin/roles', 'post'>;
export type RoleUpdate = BodyOf<'/api/admin/roles/{roleId}', 'patch'>;
/** A permission key the server knows (the enum of the role body). */
export type PermissionKey = RoleInput['permissions'][number];
export type Grant = ItemOf<ResponseOf<'/api/admin/grants', 'get'>>;
export type GrantInput = BodyOf<'/api/admin/grants', 'post'>;
export type ScopeType = GrantInput['scope']['type'];
export type AuditEntry = ItemOf<ResponseOf<'/api/admin/audit', 'get'>>;
export type AuditQuery = QueryOf<'/api/admin/audit', 'get'>;
export type Site = ResponseOf<'/api/admin/sites/{siteId}', 'get'>;
export type SiteListItem = ItemOf<ResponseOf<'/api/admin/sites', 'get'>>;
export type SiteInput = BodyOf<'/api/admin/sites', 'post'>;
export type SiteKind = Site['kind'];
export type SiteStatus = Site['status'];
export type SiteTreeNode = ItemOf<ResponseOf<'/api/admin/sites/tree', 'get'>>;
export type SiteHistoryEntry = ItemOf<ResponseOf<'/api/admin/sites/{siteId}/history', 'get'>>;
export type Column = ItemOf<ResponseOf<'/api/admin/sites/{siteId}/columns', 'get'>>;
export type ColumnInput = BodyOf<'/api/admin/sites/{siteId}/columns', 'post'>;
export type ColumnKind = Column['kind'];
export type LibraryVocabulary = ResponseOf<'/api/admin/library/vocabulary', 'get'>;
export type ContentTypeInfo = LibraryVocabulary['types'][number];
export type LibraryItem = ItemOf<ResponseOf<'/api/admin/library/items', 'get'>>;
export type LibraryItemQuery = QueryOf<'/api/admin/library/items', 'get'>;
export type LibraryItemCreate = BodyOf<'/api/admin/library/items', 'post'>;
export type LibraryItemUpdate = BodyOf<'/api/admin/library/items/{itemId}', 'put'>;
export type LibraryItemState = LibraryItem['state'];
export type LibraryItemDetail = ResponseOf<'/api/admin/library/items/{itemId}', 'get'>;
export type Placement = LibraryItemDetail['placements'][number];
export type PlacementInput = BodyOf<'/api/admin/library/items/{itemId}/placements', 'post'>;
export type Relation = LibraryItemDetail['relations'][number];
export type RelationKind = Relation['kind'];
export type Attachment = LibraryItemDetail['attachments'][number];
export type ItemVersion = ItemOf<ResponseOf<'/api/admin/library/items/{itemId}/versions', 'get'>>;
export type VersionDiffField = ResponseOf<'/api/admin/library/items/{itemId}/diff', 'get'>['fields'][number];
