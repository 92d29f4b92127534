import { transferHandlers, type TransferHandler } from 'comlink';
import { DataFileError } from '../core/problems';

/**
 * Comlink sends an error thrown in a worker as its message, name and stack
 * only: a data file's error would reach the page in English, without its
 * file, place and Vietnamese words. This keeps those fields on the way; the
 * page rebuilds an Error that carries them (see errorText in core/problems).
 */
const builtIn = transferHandlers.get('throw') as TransferHandler<
  { value: unknown },
  { isError: boolean; value: unknown }
>;

transferHandlers.set('throw', {
  canHandle: (value: unknown): value is { value: unknown } => builtIn.canHandle(value),
  serialize(thrown: { value: unknown }) {
    const error = thrown.value;
    if (!(error instanceof DataFileError)) return builtIn.serialize(thrown);
    const { message, name, stack, file, where, text } = error;
    return [{ isError: true, value: { message, name, stack, file, where, text } }, []];
  },
  deserialize: (serialized: { isError: boolean; value: unknown }) =>
    builtIn.deserialize(serialized),
});
