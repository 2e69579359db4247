## The app's frame

app-name = BPF sobre Ciberseguridad: convocatoria de contribuciones
skip-link = Saltar al contenido principal
footer-privacy = Sus respuestas permanecen en este dispositivo hasta que usted guarde su archivo de respuesta y lo envíe. Esta página no envía nada a ningún sitio.
footer-version = bpf-survey versión { $version }
footer-synthesis = Para la Secretaría del IGF: síntesis de las respuestas
title-separator = –
language-menu = Idioma

## Saving

save-status-saved = Guardado en este dispositivo a las { $time }
save-status-not-saved = No guardado en este dispositivo
storage-warning-title = Sus respuestas no se están guardando en este dispositivo
storage-full = El almacenamiento del navegador para esta página está lleno.
storage-unavailable = Este navegador no permite que la página guarde nada (navegación privada, o bloqueo en su configuración).
storage-failed = El navegador no permitió guardar.
storage-warning-keep-open = Todo lo que escribió sigue aquí, en la pantalla. Mantenga esta página abierta y descargue una copia ahora, para no perder nada.
storage-download-copy = Descargar una copia ahora
downloaded = Se descargó { $file }
download-failed = No se pudo descargar el archivo: { $reason }
start-failed = No se pudo iniciar una nueva respuesta: { $reason }

## Start page

home-start = Comenzar su respuesta
home-continue = Continuar su respuesta
home-start-another = Comenzar otra respuesta
home-your-responses = Respuestas en este dispositivo
home-your-responses-hint = Cada respuesta se guarda en este navegador. Cualquier persona que use este dispositivo y este navegador puede verlas.
home-untitled = Respuesta sin título
home-changed = Última modificación: { $when }
home-answered = { $count } de { $total } preguntas respondidas
home-resume = Abrir
home-download = Descargar
home-delete = Eliminar
home-unreadable = { $count ->
    [one] No se pudo leer una respuesta guardada en este dispositivo. Se ha dejado intacta:
   *[other] No se pudieron leer { $count } respuestas guardadas en este dispositivo. Se han dejado intactas:
}
home-bundle-title = ¿Está recopilando respuestas en un taller?
home-bundle-hint = Descargue todas las respuestas terminadas de este dispositivo en un solo archivo para enviarlo a la Secretaría.
home-bundle-button = { $count ->
    [one] Descargar 1 respuesta terminada en un solo archivo
   *[other] Descargar las { $count } respuestas terminadas en un solo archivo
}
bundle-downloaded = { $count ->
    [one] Se descargó 1 respuesta en { $file }
   *[other] Se descargaron { $count } respuestas en { $file }
}
status-draft = Borrador
status-finished = Terminada
delete-confirm = ¿Eliminar “{ $title }” de este dispositivo? No se puede deshacer. Descárguela antes si puede necesitarla.
delete-yes = Sí, eliminarla
delete-cancel = Cancelar
deleted = Se eliminó “{ $title }” de este dispositivo
delete-failed = No se pudo eliminar la respuesta: { $reason }

## Steps

step-of = Paso { $step } de { $total }
continue = Continuar
back = Volver

## About you

about-title = Sobre usted
about-intro = Díganos quién es, para que su contribución pueda contabilizarse y, si lo desea, atribuírsele.
about-name = Nombre completo
about-name-hint = Solo es necesario si su contribución se publica con su nombre.
about-organisation = Organización
about-organisation-hint = Déjelo en blanco si responde a título individual.
about-email = Dirección de correo electrónico (opcional)
about-email-hint = Solo se usa si la Secretaría necesita consultarle algo sobre su contribución. Nunca se publica.
about-capacity = ¿En calidad de qué responde?
capacity-individual = A título individual
capacity-organisation = En nombre de una organización
capacity-nri = En nombre de una iniciativa nacional o regional del IGF (NRI)
about-group = ¿A qué grupo de partes interesadas pertenece?
group-government = Gobierno
group-private-sector = Sector privado
group-civil-society = Sociedad civil
group-technical-community = Comunidad técnica
group-academia = Sector académico
group-intergovernmental = Organización intergubernamental
group-other = Otro
about-country = País
about-country-hint = El país donde usted o su organización tienen su sede. Escriba las primeras letras para ir directamente a él en la lista.
about-country-choose = Elija un país
about-region = Región: { $subregion } ({ $region })
about-nri = Iniciativa nacional o regional del IGF (NRI)
about-nri-hint = La NRI con la que trabaja o que le invitó, si la hay. Por ejemplo: Nigeria IGF.

## Questions

questions-title = Sus respuestas
questions-intro = Responda a las preguntas que quiera, con todo el detalle que desee. Para terminar, necesita al menos una respuesta. Todo lo que escribe se guarda en este dispositivo a medida que avanza.
count-words = { $words ->
    [one] 1 palabra
   *[other] { $words } palabras
}, { $characters ->
    [one] 1 carácter
   *[other] { $characters } caracteres
}

## Publication

publication-title = Publicación de su contribución
publication-legend = ¿Cómo puede el BPF publicar su contribución?
publication-hint = La Secretaría lee todas las contribuciones. Esta elección determina lo que otras personas pueden leer.
publication-named = Publicarla con mi nombre
publication-named-hint = Las citas y la lista de contribuciones muestran su nombre y su organización.
publication-anonymous = Publicarla de forma anónima
publication-anonymous-hint = Las citas muestran solo su grupo de partes interesadas y su país, por ejemplo “una persona de la sociedad civil, Nigeria”.
publication-none = No publicarla
publication-none-hint = Se tiene en cuenta en la síntesis, pero nunca se cita ni aparece en la lista.

## Review

review-title = Revise su respuesta
review-about = Sobre usted
review-answers = Sus respuestas
review-publication = Publicación
review-change = Cambiar
review-change-answer = su respuesta a la pregunta { $number }
review-email = Dirección de correo electrónico
review-capacity = Calidad en la que responde
review-group = Grupo de partes interesadas
review-publication-choice = Publicación
review-not-given = No indicado
review-not-answered = Sin responder
review-finish-title = Terminar y guardar su archivo de respuesta
review-finish-body = Su archivo de respuesta se guardará en este dispositivo. Después, envíelo a la Secretaría del IGF o a su NRI.
review-finish = Terminar y guardar mi archivo de respuesta

## Done

done-title = Su archivo de respuesta se ha guardado
done-file = Su navegador lo guardó como
done-next-title = Qué ocurre ahora
done-next-body = Envíe este archivo por correo electrónico a la Secretaría del IGF, o a la iniciativa nacional o regional del IGF que le invitó. Es un archivo de texto pequeño; puede abrirlo para ver exactamente lo que envía.
done-kept = La respuesta también permanece en este dispositivo: puede cambiarla y guardar un nuevo archivo en cualquier momento.
done-download-again = Descargar el archivo de nuevo
done-home = Volver a la página de inicio
done-changed-title = Esta respuesta ha cambiado desde que la guardó
done-changed-body = Revísela y vuelva a terminarla para guardar un archivo actualizado.
done-changed-review = Revisar su respuesta

## Errors

error-prefix = Error:
error-summary-title = Hay un problema
error-name-required = Escriba su nombre completo o elija publicar de forma anónima
error-organisation-required = Escriba el nombre de la organización en cuyo nombre responde
error-nri-required = Escriba el nombre de la NRI en cuyo nombre responde
error-email-format = Escriba una dirección de correo electrónico con el formato correcto, como nombre@example.org
error-capacity-required = Seleccione en qué calidad responde
error-group-required = Seleccione su grupo de partes interesadas
error-country-required = Seleccione su país
error-no-answers = Responda al menos a una pregunta
error-publication-required = Seleccione cómo se puede publicar su contribución
error-too-long = Debe tener como máximo { $max ->
    [one] 1 carácter
   *[other] { $max } caracteres
}
error-required = Este campo es obligatorio

## Synthesis

synthesis-title = Síntesis de las respuestas
synthesis-intro = Cargue archivos de respuesta y paquetes para leer lo que dijeron los participantes, pregunta por pregunta. Todo ocurre en este navegador: no se sube nada a ningún sitio.
synthesis-load-title = Cargar respuestas
synthesis-load-hint = Elija archivos o una carpeta entera, o arrástrelos hasta aquí. Puede añadir más archivos en cualquier momento; cada respuesta se cuenta una sola vez.
synthesis-choose-files = Elegir archivos
synthesis-choose-folder = Elegir una carpeta
synthesis-progress = Progreso
synthesis-loading = Cargando { $done } de { $total } archivos…
synthesis-analysing = Analizando las respuestas: paso { $done } de { $total }…
synthesis-exporting = Preparando la descarga…
synthesis-ready = Síntesis lista: { $count ->
    [one] 1 respuesta
   *[other] { $count } respuestas
} (lectura de archivos: { $reading } s; análisis: { $analysing } s)
synthesis-failed = El análisis se detuvo: { $reason }. Vuelva a cargar la página y añada de nuevo los archivos; nada ha salido de este navegador.
report-title = Qué se cargó
report-summary = { $files ->
    [one] 1 archivo
   *[other] { $files } archivos
}: { $loaded ->
    [one] 1 cargado
   *[other] { $loaded } cargados
}, { $duplicates ->
    [one] 1 duplicado
   *[other] { $duplicates } duplicados
}, { $rejected ->
    [one] 1 rechazado
   *[other] { $rejected } rechazados
}. { $responses ->
    [one] 1 respuesta
   *[other] { $responses } respuestas
} en el conjunto.
report-show = Mostrar todos los archivos
report-file = Archivo
report-status = Estado
report-details = Detalles
report-status-loaded = Cargado
report-status-duplicate = Duplicado
report-status-rejected = Rechazado
report-status-partly = Cargado en parte
report-bundle = Paquete: { $count ->
    [one] 1 respuesta conservada
   *[other] { $count } respuestas conservadas
}
report-entry-rejected = Respuesta { $entry } del paquete: { $reason }
report-duplicate-kept-here = También está en otro archivo; esta copia es la más reciente y se conserva ({ $id })
report-duplicate-kept = Duplicado de { $id }; se conserva la copia más reciente, que está en { $file }
filter-title = Filtrar
filter-hint = Marque una o más casillas para ver solo esas respuestas. Todas las cifras y resúmenes que siguen se ajustan a su selección.
filter-group = Grupo de partes interesadas
filter-region = Región
filter-nri = NRI
filter-language = Idioma del formulario
filter-capacity = Calidad en la que se responde
filter-clear = Quitar todos los filtros
overview-title = Visión general
overview-count = { $count ->
    [one] 1 contribución
   *[other] { $count } contribuciones
}{ $drafts ->
    [0] {""}
    [one] , 1 de ellas es un borrador sin terminar
   *[other] , { $drafts } de ellas son borradores sin terminar
}.
breakdown-group = Por grupo de partes interesadas
breakdown-region = Por región
breakdown-nri = Por NRI
breakdown-language = Por idioma del formulario
breakdown-capacity = Por calidad en la que se responde
chart-show-table = Mostrar las cifras en una tabla
chart-category = Categoría
chart-count = Respuestas
questions-heading = Preguntas
question-number = Pregunta { $number }
question-answered = Contribuciones que respondieron a esta pregunta: { $answered } de { $total }.
question-length = Las respuestas tienen una mediana de { $median ->
    [one] 1 palabra
   *[other] { $median } palabras
} (de { $min } a { $max }; media: { $mean }).
themes-title = Temas
themes-none = Hay muy pocas respuestas para encontrar temas.
theme-meta = { $voices ->
    [one] 1 voz
   *[other] { $voices } voces
} · idioma: { $language }
terms-title = Términos clave
terms-language = En { $language } ({ $answers ->
    [one] 1 respuesta
   *[other] { $answers } respuestas
})
summary-title = Resumen
summary-none = Aquí no hay ninguna respuesta que se pueda citar.
duplicates-title = Respuestas casi idénticas
duplicates-none = Ninguna: cada respuesta es única.
duplicates-size = { $count ->
    [one] 1 respuesta tiene este texto
   *[other] { $count } respuestas comparten este texto
}
answers-title = Todas las respuestas
answers-search = Buscar en las respuestas
answers-search-hint = Respuestas que contienen todas las palabras que escriba.
answers-count = Se muestran { $shown } de { $total }
answers-no-name = Sin nombre
answers-more = Mostrar { $count } más
answers-publication = publicación: { $choice }
export-title = Descargar
export-hint = La síntesis con la estructura de la Parte II del documento final del BPF: una visión general, después cada pregunta y, por último, la lista de contribuciones. Las citas y los nombres respetan la elección de cada participante.
export-html = Descargar como página web (para imprimir o guardar como PDF)
export-markdown = Descargar en Markdown
export-data-title = Datos abiertos
export-data-hint = Las respuestas que pueden publicarse, sin direcciones de correo electrónico; las anónimas, sin nombres. Las fórmulas de hoja de cálculo de las respuestas se neutralizan.
export-bom = Añadir una marca de orden de bytes (BOM), para Excel
export-csv = Descargar CSV
export-json = Descargar paquete JSON

## Other pages

not-found-title = Página no encontrada
not-found-body = Esta página no existe, o la respuesta a la que pertenece ya no está en este dispositivo.
not-found-home = Ir a la página de inicio
