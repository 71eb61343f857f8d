import {
  Alert,
  Button,
  Field,
  Heading,
  Input,
  Label,
  List,
  Paragraph,
} from '@digdir/designsystemet-react';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ui/error-alert';
import { isApiError } from '../../../lib/api-error';
import { useDeployProcessVersion } from '../api/deploy-process-version';

/** Uploads a model from the Modeler; the server checks it, and deploys it as the latest version. */
export function DeployModelForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const deploy = useDeployProcessVersion();
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(file === null);
    if (file !== null) {
      deploy.mutate(file);
    }
  };
  const problems =
    deploy.isError && isApiError(deploy.error) && deploy.error.status === 400
      ? deploy.error.fieldErrors.map((error) => error.message)
      : [];
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('adminProcesses.deployTitle')}
      </Heading>
      <Paragraph>{t('adminProcesses.deployIntro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate>
        <Field>
          <Label>{t('adminProcesses.file')}</Label>
          <Input
            type="file"
            accept=".bpmn,.xml"
            aria-invalid={missing || problems.length > 0}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              deploy.reset();
            }}
          />
        </Field>
        {missing && <Paragraph>{t('adminProcesses.fileMissing')}</Paragraph>}
        <div className="button-row">
          <Button type="submit" loading={deploy.isPending}>
            {t('adminProcesses.deploy')}
          </Button>
        </div>
      </form>
      {problems.length > 0 ? (
        <Alert data-color="danger">
          <Heading level={3} data-size="xs">
            {t('adminProcesses.refused')}
          </Heading>
          <List.Unordered>
            {problems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List.Unordered>
        </Alert>
      ) : (
        deploy.isError && (
          <ErrorAlert title={t('adminProcesses.refused')} error={deploy.error} headingLevel={3} />
        )
      )}
    </section>
  );
}
