import documentIdParam from './document-id-param';
import draftAccess from './draft-access';

export default { 'draft-access': draftAccess, 'document-id-param': documentIdParam };
