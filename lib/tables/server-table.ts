import {
  constructTable,
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';

/**
 * TanStack Table on the server: sorting and pagination are done by the database (manual modes) and the state
 * comes from the URL, so the table renders to plain HTML with links and ships no JavaScript
 * (docs/decisions/023-server-rendered-tables.md).
 */
export const serverTableFeatures = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  rowSortingFeature,
  rowPaginationFeature,
});

export type ServerTableFeatures = typeof serverTableFeatures;

export function serverColumnHelper<Row extends RowData>() {
  return createColumnHelper<ServerTableFeatures, Row>();
}

type Options<Row extends RowData> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns hold values of several types
  columns: ColumnDef<ServerTableFeatures, Row, any>[];
  data: Row[];
  getRowId: (row: Row) => string;
  sorting: SortingState;
  pageIndex: number;
  pageSize: number;
  rowCount: number;
};

export function buildServerTable<Row extends RowData>({
  columns,
  data,
  getRowId,
  sorting,
  pageIndex,
  pageSize,
  rowCount,
}: Options<Row>) {
  return constructTable<ServerTableFeatures, Row>({
    features: serverTableFeatures,
    columns,
    data,
    getRowId,
    manualSorting: true,
    manualPagination: true,
    rowCount,
    state: { sorting, pagination: { pageIndex, pageSize } },
  });
}
