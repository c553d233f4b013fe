export { createDossiersService, type DossiersService } from './dossiers.service';
export { dossiersRoutes } from './dossiers.routes';
export { DossierStatus, formatDossierCode, maskName } from './dossier';
