/** Adding and removing the audit's documents. */
import type { ApiHandlers } from '../../contract/dispatch.js';
import { ApiError } from '../../contract/errors.js';
import type { CoreState } from '../core.js';
import { addDocument, listDocuments, removeDocument } from '../../store/documents-repo.js';
import { sniffDocumentKind } from '../../sources/documents/read-document.js';

type H = Pick<ApiHandlers, 'documents.add' | 'documents.remove'>;

export function documentHandlers(state: CoreState): H {
  return {
    'documents.add': ({ name, dataBase64, kind }) => {
      const db = state.ws().db;
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length === 0) throw new ApiError('bad-input', `${name} is empty.`);
      if (listDocuments(db).some((d) => d.name === name)) {
        throw new ApiError('conflict', `A document named ${name} is already in this audit; remove it first or rename the file.`);
      }
      let detected: 'flyer' | 'policy';
      try {
        detected = sniffDocumentKind(bytes, name) === 'flyer' ? 'flyer' : 'policy';
      } catch (err) {
        throw new ApiError('bad-input', (err as Error).message);
      }
      const doc = addDocument(db, name, kind ?? detected, bytes);
      state.emit({ type: 'workspace-changed' });
      return doc;
    },
    'documents.remove': ({ id }) => {
      if (!removeDocument(state.ws().db, id)) throw new ApiError('not-found', `There is no document ${id} in this audit.`);
      state.emit({ type: 'workspace-changed' });
    },
  };
}
