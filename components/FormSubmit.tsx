/** The end of a form: its error, when there is one, announced as an alert (the so-error hook), and its submit button. */
export function FormSubmit(props: { error?: string | null | false; label: string }) {
  return (
    <>
      {props.error && (
        <p class="error" role="alert" data-testid="so-error">
          {props.error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {props.label}
        </button>
      </div>
    </>
  );
}
