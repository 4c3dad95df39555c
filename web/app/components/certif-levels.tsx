// The level certified in each competence, as a certificate, a verification or a result shows them.
interface CertifiedLevel {
  level: number;
  competence: { code: string; name?: string | null };
}

export function CertifiedLevels({ competences, caption }: { competences: CertifiedLevel[]; caption: string }) {
  if (!competences.length) return <p className="empty">Aucune compétence certifiée.</p>;
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Compétence</th>
            <th scope="col" className="number">Niveau</th>
          </tr>
        </thead>
        <tbody>
          {competences.map((c) => (
            <tr key={c.competence.code}>
              <th scope="row">{c.competence.code}{c.competence.name ? ` ${c.competence.name}` : ''}</th>
              <td className="number">{c.level}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
