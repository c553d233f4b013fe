export { createOrgService, type OrgService } from './org.service';
export { orgRoutes } from './org.routes';
export { orgQueries, type AgencyDirectoryEntry } from './org.queries';
export { isAgencyValidOn, seasonOn } from './org';
