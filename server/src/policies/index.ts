import contentApiQuery from './content-api-query';
import documentIdParam from './document-id-param';
import draftAccess from './draft-access';

export default { 'content-api-query': contentApiQuery, 'draft-access': draftAccess, 'document-id-param': documentIdParam };
