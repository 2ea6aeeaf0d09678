/**
 * Type-level guarantees of the generated packages: narrowing on `code` types `details`,
 * formatMessage's arity and parameter names are checked, lookups are precise.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { formatMessage as formatHyper, type HyperCode, type HyperError } from '@errcat/hyper';
import {
  DATATYPE_MISMATCH,
  detailsOf as creatorDetailsOf,
  formatMessage as formatCreator,
  formatMessageWith as formatCreatorWith,
  type ZohoCreatorCode,
  type ZohoCreatorDetailsMap,
  type ZohoCreatorError,
} from '@errcat/zoho-creator';
import { ZohoCreatorErrorCode } from '@errcat/zoho-creator/enum';
import {
  DUPLICATE_DATA,
  detailsIssues,
  detailsOf,
  formatMessage,
  lookup,
  ZohoCrmCodes,
  type DetailsIssue,
  type DuplicateDataDetails,
  type DuplicateDataError,
  type NoPermissionError,
  type ZohoCrmCode,
  type ZohoCrmError,
  type ZohoCrmErrorMap,
} from '@errcat/zoho-crm';

describe('codes', () => {
  it('are literal unions, per-code constants and an as-const object', () => {
    expectTypeOf(DUPLICATE_DATA).toEqualTypeOf<'DUPLICATE_DATA'>();
    expectTypeOf(ZohoCrmCodes.INVALID_TOKEN).toEqualTypeOf<'INVALID_TOKEN'>();
    expectTypeOf<'DUPLICATE_DATA'>().toExtend<ZohoCrmCode>();
    expectTypeOf<'NOT_A_CODE'>().not.toExtend<ZohoCrmCode>();
    expectTypeOf(DATATYPE_MISMATCH).toEqualTypeOf<9450>();
    expectTypeOf<9450>().toExtend<ZohoCreatorCode>();
    expectTypeOf<7>().toExtend<HyperCode>();
    expectTypeOf<19>().not.toExtend<HyperCode>();
    expectTypeOf(ZohoCreatorErrorCode.DATATYPE_MISMATCH).toExtend<number>();
  });
});

describe('the error union', () => {
  it('narrows details on code', () => {
    const handle = (error: ZohoCrmError) => {
      if (error.code === 'DUPLICATE_DATA') {
        expectTypeOf(error).toEqualTypeOf<DuplicateDataError>();
        // Honest details: as received (unknown) on the error; the documented shape only from
        // detailsOf, which checks them and gives undefined when what arrived failed the schema.
        expectTypeOf(error.details).toBeUnknown();
        // @ts-expect-error unchecked details are unknown: detailsOf first
        error.details.api_name;
        const details = detailsOf(error);
        expectTypeOf(details).toEqualTypeOf<DuplicateDataDetails | undefined>();
        // @ts-expect-error detailsOf may give undefined: one guard
        details.api_name;
        if (details) {
          // Optional: Kaizen #25's body has both, Kaizen #177's has no top-level id.
          expectTypeOf(details.api_name).toEqualTypeOf<string | undefined>();
          expectTypeOf(details.id).toEqualTypeOf<string | undefined>();
          expectTypeOf(details.duplicate_record?.id).toEqualTypeOf<string | undefined>();
        }
        expectTypeOf(detailsIssues(error)).toEqualTypeOf<readonly DetailsIssue[]>();
      } else if (error.code === 'NO_PERMISSION') {
        expectTypeOf(error).toEqualTypeOf<NoPermissionError>();
        expectTypeOf(detailsOf(error)?.permissions).toEqualTypeOf<string[] | undefined>();
      }
      switch (error.code) {
        case 'REQUIRED_PARAM_MISSING': {
          // Zoho's spec sends the parameter under param or param_name: neither is always there.
          const details = detailsOf(error);
          if (details !== undefined) expectTypeOf(details.param).toEqualTypeOf<string | undefined>();
          if (details !== undefined) expectTypeOf(details.param_name).toEqualTypeOf<string | undefined>();
          break;
        }
        case 'INVALID_TOKEN':
          expectTypeOf(error.kind).toEqualTypeOf<'error'>();
          break;
      }
    };
    expectTypeOf(handle).toBeFunction();
    expectTypeOf<ZohoCrmErrorMap['DUPLICATE_DATA']>().toEqualTypeOf<DuplicateDataError>();
  });

  it('types recovered template parameters by name', () => {
    const handle = (error: ZohoCreatorError) => {
      if (error.code === 9450) expectTypeOf(error.params.field).toEqualTypeOf<string | undefined>();
      // Integer codes read the details map (keyed by the code's text) through detailsOf too.
      if (error.code === 9450) expectTypeOf(creatorDetailsOf(error)).toEqualTypeOf<ZohoCreatorDetailsMap['9450'] | undefined>();
      // @ts-expect-error detailsOf takes a known error: narrow on code (or check known) first
      creatorDetailsOf({ code: 9450 });
    };
    expectTypeOf(handle).toBeFunction();
    const hyperHandle = (error: HyperError) => {
      if (error.code === 27) expectTypeOf(error.params).toHaveProperty('minimumAge');
    };
    expectTypeOf(hyperHandle).toBeFunction();
  });
});

describe('formatMessage', () => {
  it('checks the argument count and names at compile time', () => {
    expectTypeOf(formatCreator(9450, 'Price')).toEqualTypeOf<string>();
    expectTypeOf(formatMessage('INVALID_TOKEN')).toEqualTypeOf<string>();
    expectTypeOf(formatCreatorWith(9510, { domain: 'x' })).toEqualTypeOf<string>();
    expectTypeOf(formatHyper(25, 'a@b')).toEqualTypeOf<string>();

    // @ts-expect-error 9450 takes one parameter (the field)
    formatCreator(9450);
    // @ts-expect-error 9450 takes exactly one parameter
    formatCreator(9450, 'a', 'b');
    // @ts-expect-error INVALID_TOKEN takes no parameters
    formatMessage('INVALID_TOKEN', 'x');
    // @ts-expect-error not a code of this API
    formatMessage('NOT_A_CODE');
    // @ts-expect-error the named form wants `domain`
    formatCreatorWith(9510, { field: 'x' });
    // @ts-expect-error a string is not a Hyper code
    formatHyper('7');
  });
});

describe('lookup', () => {
  it('is precise for a known code and optional for anything else', () => {
    expectTypeOf(lookup('DUPLICATE_DATA').code).toEqualTypeOf<'DUPLICATE_DATA'>();
    expectTypeOf(lookup('DUPLICATE_DATA').status).toEqualTypeOf<number>();
    expectTypeOf(lookup('whatever' as string)).toEqualTypeOf<ReturnType<typeof lookup<ZohoCrmCode>> | undefined>();
  });
});
