// The reader process of `lke-zi rekap` (dist/read-worker.js): only the reading and scoring of one file, so a
// reader starts without the rest of the command line (the server, the reports, exceljs).
import { startReadWorkerIfAsked } from './readPool';

startReadWorkerIfAsked();
