// Contract of the `browse` cloud function.

export interface HomeInput {
  storeId: string;
}

export interface HomeOutput {
  store: { id: string; name: string; nameEn: string; isOpen: boolean; notice: string };
  categories: Array<{ id: string; name: string; nameEn: string }>;
}
