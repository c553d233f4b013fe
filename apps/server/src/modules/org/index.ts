export { createOrgService, type OrgService } from './org.service';
export { orgRoutes } from './org.routes';
export { orgQueries } from './org.queries';
export { isAgencyValidOn, seasonOn } from './org';
