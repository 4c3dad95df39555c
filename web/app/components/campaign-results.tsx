// What a campaign tells about the group: mastery per competence (a table with bars) and the topics to work on.

interface CompetenceResult { competenceCode: string; competenceName: string; averageMasteryPercentage: number }
interface Topic { tubeId: string; title: string; competenceCode: string; averageMasteryPercentage: number }

/** The table carries the figures for everyone; the bars only repeat them for the eye. */
export function CollectiveResults({ results }: { results: CompetenceResult[] }) {
  return (
    <div className="table-wrapper">
      <table className="table bar-chart">
        <caption>Maîtrise moyenne des acquis du parcours, par compétence, sur les résultats envoyés</caption>
        <thead>
          <tr>
            <th scope="col">Compétence</th>
            <th scope="col">Maîtrise moyenne</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.competenceCode}>
              <th scope="row"><span className="card-code">{r.competenceCode}</span> {r.competenceName}</th>
              <td>
                <div className="bar-cell">
                  <span className="bar" aria-hidden="true"><span className="bar-fill" style={{ width: `${r.averageMasteryPercentage}%` }} /></span>
                  <span className="bar-value">{r.averageMasteryPercentage} %</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TopicsToReinforce({ topics }: { topics: Topic[] }) {
  return (
    <ol className="topics">
      {topics.map((t) => (
        <li key={t.tubeId}>
          <span className="topic-title">{t.title}</span>
          <span className="muted"> – compétence {t.competenceCode}, maîtrise moyenne {t.averageMasteryPercentage} %</span>
        </li>
      ))}
    </ol>
  );
}
