/** Drafts a list shows at first and adds at each "show more": a page opens as fast with 5,000 drafts as with 100. */
export const LIST_PAGE = 100;
