import { Alert, Button, Fieldset, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useId, useState, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { FormDialog } from '../../../components/ui/form-dialog';
import { FormErrorSummary, type FormError } from '../../../components/ui/form-error-summary';
import { isApiError } from '../../../lib/api-error';
import type {
  DecisionField,
  DecisionRequest,
  FullIdeaView,
  Gate,
  IdeaAction,
  Outcome,
} from '../../../lib/api-types';
import { useCreateDecision } from '../api/create-decision';

import { decisionFields, emptyDecision, type DecisionValues } from './decision-fields';

interface DecisionDialogProps {
  /** The idea decided on, as its page or its board card knows it. */
  idea: Pick<FullIdeaView, 'id' | 'reference' | 'title' | 'version'>;
  /** A DECIDE action: its gate and the outcomes allowed, each with the fields it needs. */
  action: IdeaAction;
  onClose: () => void;
  /** Called once the decision is recorded (before onClose). */
  onDecided?: () => void;
  /**
   * Says why the server refused the reader this gate (a conflict of interest, say) and who may
   * take it instead; without it, the server's own words are shown.
   */
  explainRefusal?: (gate: Gate) => ReactNode;
}

/** One field of the decision: the catalogue's spec for it, given its value. */
function DecisionFieldInput<K extends DecisionField>(props: {
  name: K;
  values: DecisionValues;
  set: (name: K, value: DecisionValues[K]) => void;
  fieldId: (name: string) => string;
  error: (name: string) => string | undefined;
}) {
  const { Input } = decisionFields[props.name];
  return (
    <Input
      value={props.values[props.name]}
      onChange={(value) => {
        props.set(props.name, value);
      }}
      fieldId={props.fieldId}
      error={props.error}
    />
  );
}

/**
 * Takes a gate decision. The user picks an outcome among those the gate allows; the form then
 * asks for exactly the fields that outcome needs at this gate, as the gate catalogue lists them.
 */
export function DecisionDialog({
  idea,
  action,
  onClose,
  onDecided,
  explainRefusal,
}: DecisionDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const decide = useCreateDecision(idea.id, idea.reference);
  const [outcome, setOutcome] = useState<Outcome | null>(
    action.outcomes.length === 1 ? (action.outcomes[0]?.outcome ?? null) : null,
  );
  const [values, setValues] = useState<DecisionValues>(emptyDecision);
  const [confirming, setConfirming] = useState(false);
  const chosen = action.outcomes.find((option) => option.outcome === outcome);
  const fields = chosen?.fields ?? [];
  const serverErrors =
    decide.error && isApiError(decide.error, 400) ? decide.error.errorsByField() : {};
  // Refused this gate (a conflict of interest, say), as opposed to any other 403.
  const refusal =
    isApiError(decide.error, 403) && decide.error.reason !== undefined ? decide.error : null;

  const fieldId = (name: string) => `${id}-${name.replace(/\W/g, '-')}`;
  const error = (name: string) => serverErrors[name];
  const labels: Record<string, string> = { outcome: t('decisions.dialog.outcome') };
  for (const name of fields) Object.assign(labels, decisionFields[name].labels(t));
  const summary: FormError[] = Object.entries(serverErrors).map(([field, message]) => ({
    fieldId: fieldId(field),
    label: labels[field] ?? field,
    message,
  }));

  function set<K extends DecisionField>(name: K, value: DecisionValues[K]) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  /** A field's part of the request: K ties the field's spec to its value. */
  function write<K extends DecisionField>(name: K, spec: (typeof decisionFields)[K]) {
    return spec.write(values[name]);
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!action.gate || !outcome) return;
    // An outcome that ends the idea for good is asked about first ("are you sure?").
    if (chosen?.endsIdea) {
      setConfirming(true);
      return;
    }
    decideNow();
  }

  function decideNow() {
    if (!action.gate || !outcome) return;
    const request = fields.reduce<DecisionRequest>(
      (written, name) => ({ ...written, ...write(name, decisionFields[name]) }),
      { gate: action.gate, outcome, version: idea.version },
    );
    decide.mutate(request, {
      onSuccess: () => {
        setConfirming(false);
        onDecided?.();
        onClose();
      },
      onError: () => {
        setConfirming(false);
      },
    });
  }

  const gateName = action.gate ? t(`gates.${action.gate}`) : '';
  const outcomeName = outcome ? t(`outcomes.${outcome}`) : '';

  return (
    <FormDialog
      title={t('decisions.dialog.title', { gate: action.gate ? t(`gates.${action.gate}`) : '' })}
      subtitle={`${idea.reference} ${idea.title}`}
      onClose={onClose}
    >
      <form className="stack" onSubmit={submit} noValidate>
        {decide.isError &&
          (isApiError(decide.error, 409) ? (
            <ErrorAlert title={t('common.error')} message={t('common.conflict')} />
          ) : refusal && action.gate && explainRefusal ? (
            <Alert data-color="warning">
              <Paragraph>{t('decisions.dialog.refused')}</Paragraph>
              {explainRefusal(action.gate)}
            </Alert>
          ) : isApiError(decide.error, 400) && summary.length > 0 ? (
            <FormErrorSummary errors={summary} />
          ) : (
            <ErrorAlert
              title={t('common.error')}
              error={decide.error}
              {...(refusal?.detail ? { message: refusal.detail } : {})}
            />
          ))}
        <Fieldset>
          <Fieldset.Legend>{t('decisions.dialog.outcome')}</Fieldset.Legend>
          {action.outcomes.map((option) => (
            <Radio
              key={option.outcome}
              name={`${id}-outcome`}
              value={option.outcome}
              label={t(`outcomes.${option.outcome}`)}
              checked={outcome === option.outcome}
              onChange={() => {
                setOutcome(option.outcome);
              }}
            />
          ))}
        </Fieldset>
        {fields.map((name) => (
          <DecisionFieldInput
            key={name}
            name={name}
            values={values}
            set={set}
            fieldId={fieldId}
            error={error}
          />
        ))}
        <div className="button-row">
          <Button type="submit" disabled={!outcome || refusal !== null} loading={decide.isPending}>
            {t('decisions.dialog.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
      {confirming && (
        <ConfirmDialog
          title={t('decisions.confirmEnd.title')}
          text={t('decisions.confirmEnd.text', {
            outcome: outcomeName,
            gate: gateName,
            idea: `${idea.reference} ${idea.title}`,
          })}
          confirm={t('decisions.confirmEnd.confirm', { outcome: outcomeName })}
          failed={t('common.error')}
          pending={decide.isPending}
          onConfirm={decideNow}
          onClose={() => {
            setConfirming(false);
          }}
        />
      )}
    </FormDialog>
  );
}
