/** Something the reviewer of a draft should look at; offsets into the text the draft was made from. */
export interface ExtractWarning {
  code: 'AMBIGUOUS_MENTION' | 'LINKED_BY_SURNAME' | 'NO_SUBJECT' | 'NO_TITLE' | 'UNRESOLVED_REPORTER';
  message: string;
  start?: number;
  end?: number;
}
