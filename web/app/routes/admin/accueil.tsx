// The administration's home: where each task is done.
import { Link } from 'react-router';

export function meta() {
  return [{ title: 'Administration – OpenCRCN' }];
}

export default function AdminAccueil() {
  return (
    <>
      <h1>Administration</h1>
      <p className="lead">Les réglages de la plateforme réservés à ses administrateurs.</p>
      <ul className="shortcuts">
        <li>
          <Link to="/admin/academies">Académies</Link>
          <p>Créer une académie, la renommer, fixer la liste de ses établissements et ses observateurs (DANE).</p>
        </li>
        <li>
          <Link to="/admin/fenetres">Fenêtres de certification</Link>
          <p>Les dates des sessions de certification des collèges et des lycées, année scolaire par année scolaire.</p>
        </li>
      </ul>
    </>
  );
}
