## The app's frame

app-name = BPF sobre Ciberseguridad: convocatoria de contribuciones
skip-link = Saltar al contenido principal
footer-privacy = Sus respuestas permanecen en este dispositivo hasta que usted guarde su archivo de respuesta y lo envíe. Esta página no envía nada a ningún sitio.
footer-version = bpf-survey versión { $version }
footer-synthesis = Para la Secretaría del IGF: síntesis de las respuestas
footer-offline = Obtener la versión sin conexión (un solo archivo que se abre sin internet, para compartir en una memoria USB o por correo electrónico)
footer-embed = Para las NRI: insertar este formulario en su sitio
title-separator = –
language-menu = Idioma
language-failed = No se pudo cargar { $language }. Compruebe su conexión e inténtelo de nuevo.

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
options-title = La configuración de este formulario tiene un problema
options-intro = El sitio que muestra este formulario indicó un parámetro que el formulario no puede usar. El formulario funciona sin él. Si usted administra el sitio, corrija la dirección del formulario:
option-unknown = “{ $name }” no es un parámetro de este formulario.
option-invalid = El parámetro “{ $name }” no puede tener el valor “{ $value }”.
option-repeated = El parámetro “{ $name }” aparece más de una vez con valores distintos, así que no se usa ninguno.
home-closed = El plazo para enviar contribuciones terminó el { $date }. Todavía puede descargar las respuestas guardadas en este dispositivo.
done-send-to = Envíelo a: { $contact }
done-send-to-unlisted = La dirección de esta página indica que envíe su archivo a { $contact }, una dirección que este sitio no publica como de la Secretaría ni de una iniciativa nacional o regional. Consulte a quien le envió este enlace antes de enviarlo.
risk-title = Es posible que este navegador no conserve sus respuestas
risk-partitioned = Este formulario está dentro de la página de otro sitio, donde el navegador puede guardar sus datos por separado o borrarlos cuando usted salga.
risk-private = Parece una ventana privada: el navegador lo borra todo al cerrarla.
risk-safari = Safari borra lo que un sitio ha guardado si no lo visita durante siete días.
risk-not-persisted = El navegador no se ha comprometido a conservar sus respuestas: puede borrarlas si el dispositivo se queda sin espacio.
risk-advice = Guarde una copia en su dispositivo de vez en cuando, para no perder nada.
risk-save = Guardar una copia en su dispositivo
risk-changed = Sus respuestas han cambiado desde su última copia.
risk-copy-none = Todavía no ha guardado ninguna copia.

## Start page

questionnaire-loading = Cargando el cuestionario…
questionnaire-refused = No se puede usar el cuestionario «{ $address }»: { $reason }. Está respondiendo al cuestionario integrado.
questionnaire-reason-unlisted = está en un sitio que este formulario no reconoce
questionnaire-reason-fetch = no se pudo descargar ({ $detail })
questionnaire-reason-syntax = no es un archivo de cuestionario
questionnaire-reason-newer = se escribió para una versión más reciente de este formulario
questionnaire-reason-large = el archivo es demasiado grande para un cuestionario
questionnaire-reason-invalid = incumple una regla de los cuestionarios ({ $detail })
questionnaire-place-title = el título
questionnaire-place-intro = la introducción
questionnaire-place-question = la pregunta «{ $id }»
questionnaire-place-hint = la ayuda de la pregunta «{ $id }»
questionnaire-place-choice = la opción «{ $choice }» de la pregunta «{ $id }»
questionnaire-rule-id = el identificador del cuestionario «{ $id }» solo puede contener letras ASCII, cifras, - y _
questionnaire-rule-no-questions = no tiene ninguna pregunta
questionnaire-rule-too-many-questions = número de preguntas: { $n }; se admiten como máximo { $max }
questionnaire-rule-too-many-paragraphs = número de párrafos de la introducción: { $n }; se admiten como máximo { $max }
questionnaire-rule-question-id = el identificador de pregunta «{ $id }» solo puede contener letras ASCII, cifras, - y _
questionnaire-rule-question-id-twice = el identificador de pregunta «{ $id }» se usa dos veces
questionnaire-rule-profile-unknown = el campo de perfil «{ $key }» no existe en el formulario
questionnaire-rule-profile-twice = el campo de perfil «{ $key }» figura dos veces
questionnaire-rule-max-length = { $place }: longitud de las respuestas { $n }; el límite debe estar entre 1 y { $max }
questionnaire-rule-not-for = { $place }: «{ $field }» no se aplica al tipo «{ $kind }»
questionnaire-rule-max-choices = { $place }: se permiten { $n } de sus { $of } opciones; el número debe estar entre 1 y { $of }
questionnaire-rule-kind = { $place }: no existe el tipo «{ $kind }»; los tipos son long-text, short-text, one-choice y several-choices
questionnaire-rule-too-few-choices = { $place }: una pregunta de opciones necesita al menos dos opciones
questionnaire-rule-too-many-choices = { $place }: { $n } opciones; se admiten como máximo { $max }
questionnaire-rule-choice-id = { $place }: el identificador de opción «{ $id }» solo puede contener letras ASCII, cifras, - y _
questionnaire-rule-choice-id-twice = { $place }: el identificador de opción «{ $id }» se usa dos veces
questionnaire-rule-language = { $place }: «{ $language }» no es una de las seis lenguas (ar, en, es, fr, ru, zh)
questionnaire-rule-too-long = { $place } ({ $language }): { $length } caracteres; se admiten como máximo { $max }
questionnaire-rule-markup = { $place } ({ $language }): no se admite marcado; los textos de los cuestionarios son texto sin formato
questionnaire-rule-control = { $place } ({ $language }): no se admiten caracteres de control
questionnaire-rule-no-text = { $place }: no tiene texto en ninguna lengua
questionnaire-rule-version = la versión «{ $version }» no es un número entero
questionnaire-example = Este cuestionario es un ejemplo, no una convocatoria oficial de contribuciones.
questionnaire-fallback = { $missing } de los { $all } textos de este cuestionario no están disponibles en su idioma; se muestran en { $language }.
home-other-questionnaire = Cuestionario: { $title }
home-open-questionnaire = Responder a otro cuestionario
home-open-questionnaire-hint = Si la Secretaría o su iniciativa nacional o regional del IGF le envió un archivo de cuestionario (.json), ábralo aquí. Sus demás respuestas se quedan en este dispositivo con sus propias preguntas.
home-open-questionnaire-label = Archivo del cuestionario
home-other-drafts = { $count ->
    [one] Hay una respuesta a otro cuestionario en este dispositivo: ábrala con los otros cuestionarios.
   *[other] Hay { $count } respuestas a otros cuestionarios en este dispositivo: ábralas con los otros cuestionarios.
}
home-start = Comenzar su respuesta
home-shared = Este es un dispositivo compartido: las respuestas no se listan aquí, y cada una se quita del dispositivo en cuanto se guarda su archivo.
home-shared-left = Respuestas sin terminar dejadas antes en este dispositivo: { $count }. Se conservan, pero no se muestran.
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
store-unreadable = Esta entrada guardada no la escribió este formulario.
store-newer = Esta respuesta guardada la escribió una versión más reciente del formulario; ábrala con esa versión.
store-damaged = Esta respuesta guardada está dañada y no se puede abrir.
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
reason-not-on-device = esta respuesta ya no está en este dispositivo
reason-no-page = la página no está abierta en una ventana del navegador
reason-unreachable = no se pudo descargar una parte del formulario: compruebe su conexión y vuelva a cargar esta página

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
about-nri-hint = La NRI con la que trabaja o que le invitó, si la hay: elíjala de la lista mientras escribe, o escriba su nombre.
# UN M49 regions and sub-regions, by code, as the UN Statistics Division names them.
region-002 = África
region-009 = Oceanía
region-015 = África septentrional
region-019 = Américas
region-021 = América septentrional
region-030 = Asia oriental
region-034 = Asia meridional
region-035 = Asia sudoriental
region-039 = Europa meridional
region-053 = Australia y Nueva Zelandia
region-054 = Melanesia
region-057 = Micronesia
region-061 = Polinesia
region-142 = Asia
region-143 = Asia central
region-145 = Asia occidental
region-150 = Europa
region-151 = Europa oriental
region-154 = Europa septentrional
region-155 = Europa occidental
region-202 = África subsahariana
region-419 = América Latina y el Caribe

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
count-over = { $over ->
    [one] Tiene 1 carácter de más
   *[other] Tiene { $over } caracteres de más
}. El límite es { $max }: acorte su respuesta o aporte el resto como documento más abajo.

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
review-encrypted = Su archivo de respuesta se cifrará para la Secretaría del IGF: solo la Secretaría podrá leerlo. La copia en este dispositivo sigue siendo legible para usted.
review-encrypting = Cifrando su archivo de respuesta…
key-option-invalid = Este formulario recibió una clave de cifrado que no es válida, por lo que las respuestas no se cifrarán. Informe a los responsables de esta página.
key-option-unlisted = La dirección de esta página indica una clave de cifrado que este sitio no publica como la de la Secretaría del IGF, así que las respuestas no se cifrarán con ella. Consulte a quien le envió este enlace.
key-option-from-file = Esta copia del formulario se abrió desde un archivo de este dispositivo, y una copia así no puede cifrar: su respuesta se guardará sin cifrar. Para enviarla cifrada, responda en el sitio de los organizadores.
encrypt-failed = No se pudo cifrar el archivo de respuesta: { $reason }. Su respuesta sigue en este dispositivo; inténtelo de nuevo.

## Done

done-title = Su archivo de respuesta se ha guardado
done-file = Su navegador lo guardó como
done-encrypted = Está cifrado para la Secretaría del IGF: solo la Secretaría puede abrirlo.
done-next-title = Qué ocurre ahora
done-next-body = Envíe este archivo por correo electrónico a la Secretaría del IGF, o a la iniciativa nacional o regional del IGF que le invitó. Es un archivo de texto pequeño; puede abrirlo para ver exactamente lo que envía.
done-next-body-sealed = Envíe este archivo por correo electrónico a la Secretaría del IGF, o a la iniciativa nacional o regional del IGF que le invitó, que se lo hará llegar: solo la Secretaría puede abrirlo.
done-kept = La respuesta también permanece en este dispositivo: puede cambiarla y guardar un nuevo archivo en cualquier momento.
done-download-again = Descargar el archivo de nuevo
done-home = Volver a la página de inicio
done-shared-title = ¿En un dispositivo compartido?
done-shared-body = Si otras personas usan este dispositivo, quite de él su respuesta una vez guardado su archivo en lugar seguro, para que la siguiente persona no pueda leerla.
done-remove = Quitar mi respuesta de este dispositivo
done-remove-confirm = ¿Quitar su respuesta de este dispositivo? Conserve el archivo guardado: será entonces la única copia.
done-removed = Como este dispositivo es compartido, su respuesta se ha quitado de él: el archivo que guardó es ahora la única copia. Consérvelo hasta que lo haya enviado.
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
answer-max-choices = Elija hasta { $max }.
error-too-many-choices = Elija como máximo { $max }
error-unknown-choice = Elija entre las opciones que se muestran
error-too-long = Debe tener como máximo { $max ->
    [one] 1 carácter
   *[other] { $max } caracteres
}
error-in-question = Pregunta { $number }: { $error }
error-required = Este campo es obligatorio
documents-title = Documentos
documents-hint = Opcional. Añada cualquier informe, nota o encuesta que envíe con su respuesta, con un enlace donde pueda leerse. Los documentos se citan con su contribución según la opción de publicación que elija; si responde de forma anónima, recuerde que un enlace puede revelar quién es.
documents-legend = Documento { $number }
documents-document-title = Título
documents-link = Enlace (opcional)
documents-link-hint = Una dirección que empiece por https:// o http://
documents-description = Una línea sobre el documento (opcional)
documents-add = Añadir un documento
documents-add-another = Añadir otro documento
documents-remove = Quitar el documento { $number }
error-document-title-required = Escriba el título del documento o quite el documento
error-document-link = Escriba un enlace que empiece por https:// o http://, como https://example.org/informe.pdf

## Synthesis

synthesis-title = Síntesis de las respuestas
synthesis-intro = Cargue archivos de respuesta y paquetes para leer lo que dijeron los participantes, pregunta por pregunta. Todo ocurre en este navegador: no se sube nada a ningún sitio.
synthesis-load-title = Cargar respuestas
synthesis-load-hint = Elija archivos o una carpeta entera, o arrástrelos hasta aquí. Puede añadir más archivos en cualquier momento; cada respuesta se cuenta una sola vez. También puede cargar la exportación CSV, XLSX u ODS de otra herramienta de encuestas (Google Forms, Microsoft Forms, KoboToolbox, LimeSurvey, SurveyMonkey): la página le preguntará qué contiene cada columna.
synthesis-choose-files = Elegir archivos
synthesis-choose-folder = Elegir una carpeta
synthesis-progress = Progreso
synthesis-loading = Cargando { $done } de { $total } archivos…
synthesis-importing = Leyendo las filas de la tabla: { $done } de { $total }…
synthesis-analysing = Analizando las respuestas: paso { $done } de { $total }…
synthesis-exporting = Preparando la descarga…
synthesis-ready = Síntesis lista: { $count ->
    [one] 1 respuesta
   *[other] { $count } respuestas
} (lectura de archivos: { $reading } s; análisis: { $analysing } s)
synthesis-failed = El análisis se detuvo: { $reason }. Vuelva a cargar la página y añada de nuevo los archivos; nada ha salido de este navegador.
reason-worker-gone = el navegador lo detuvo sin decir por qué
reason-export = no se pudo escribir el archivo { $format } ({ $detail })
nri-unpublished = { $name } (nombrada solo en respuestas no publicables)
nri-none = Ninguna iniciativa nacional o regional
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
synthesis-comments = Comentarios recibidos sobre los borradores
synthesis-comments-hint = Como en la parte III A de las descargas: las palabras de cada lector según su elección de publicación, junto al texto que comentó.
synthesis-comments-text = El texto del borrador { $version } que comentaron
review-files-title = Borradores y comentarios
review-file-draft = { $name }: borrador { $version }, { $sections ->
    [one] una sección
   *[other] { $sections } secciones
}, guardado para los comentarios sobre él.
review-file-comments = { $name }: { $count ->
    [one] un comentario
   *[other] { $count } comentarios
} sobre el borrador { $version }, en la parte III A de las descargas.
review-file-refused = { $name } no se leyó: { $reason }
report-status-loaded = Cargado
report-status-duplicate = Duplicado
report-status-rejected = Rechazado
report-status-partly = Cargado en parte
report-status-waiting = Esperando la clave
report-bundle = Paquete: { $count ->
    [one] 1 respuesta conservada
   *[other] { $count } respuestas conservadas
}
report-entry-rejected = Respuesta { $entry } del paquete: { $reason }
report-duplicate-kept-here = También está en otro archivo; esta copia es la más reciente y se conserva ({ $id })
report-duplicate-conflict = Las copias de la respuesta { $id } no coinciden en quién la escribió o cuándo se empezó: alguna puede estar falsificada. Compruebe cuál es la auténtica.
report-duplicate-kept = Duplicado de { $id }; se conserva la copia más reciente, que está en { $file }
reject-not-text = No es un archivo de texto.
reject-not-json = No es un archivo JSON (línea { $line }, columna { $column }).
reject-truncated = El archivo está incompleto: se cortó antes del final, quizá durante la descarga o al copiarlo.
reject-not-response = Este archivo JSON no es una respuesta ni un paquete de respuestas de la convocatoria del BPF.
reject-version = Este archivo usa la versión { $found } del formato, que esta versión de la aplicación no puede leer. Use una versión más reciente de la aplicación.
reject-no-integrity = El archivo no tiene control de integridad, así que no se podría detectar ningún cambio en él.
reject-unknown-integrity = El control de integridad del archivo usa { $name }, que esta aplicación no conoce.
reject-integrity = El archivo se modificó o se dañó después de guardarse: su control de integridad no coincide.
reject-invalid = El archivo está dañado: { $field }: { $reason }
reject-count = Respuestas que declara el paquete: { $claimed }; respuestas que contiene: { $found }.
reject-too-large = El archivo es demasiado grande ({ $size }; el límite es { $max }).
reject-questionnaire = Este archivo responde a otro cuestionario ({ $id }, versión { $version }).
reject-questionnaire-edition = Este archivo responde a otra edición del cuestionario { $id }, versión { $version }: el mismo nombre, pero preguntas distintas. Ábralo en un espacio de trabajo para esa edición.
reject-set-full = El conjunto ya tiene el número máximo de respuestas: { $max }.
reject-duplicate-key = El archivo contiene dos veces la clave { $key } en el mismo lugar, por lo que su contenido es ambiguo.
reject-too-long = { $field } supera los { $max } caracteres que permite el formulario.
reject-needs-key = Cifrado para la Secretaría: elija el archivo de identidad para leerlo.
reject-wrong-key = Está cifrado para una clave distinta de la del archivo de identidad elegido.
reject-damaged-ciphertext = El archivo cifrado está dañado o incompleto.
reject-age-header = Su encabezado de cifrado es mucho mayor que el de un archivo de respuesta, así que no se abrió.
reject-future = Indica que se modificó por última vez el { $date }, una fecha futura, así que no se cargó. Compruebe el reloj del dispositivo de origen.
filter-title = Filtrar
filter-hint = Marque una o más casillas para ver solo esas respuestas. Todas las cifras y resúmenes que siguen se ajustan a su selección.
filter-group = Grupo de partes interesadas
filter-region = Región
filter-nri = NRI
filter-language = Idioma del formulario
filter-capacity = Calidad en la que se responde
filter-clear = Quitar todos los filtros
filter-drafts-legend = Borradores sin terminar
filter-drafts = Citarlos y listarlos como si se hubieran enviado, cada uno según su opción de publicación
overview-title = Visión general
overview-drafts-read = Los borradores sin terminar se citan y se listan como si se hubieran enviado, según lo elegido en los filtros; cada uno conserva su opción de publicación.
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
question-non-answers = De ellas, respuestas sin contenido («ver adjunto», «no aplica», una sola palabra): { $count }. Se cuentan, pero no entran en los temas, el resumen ni los términos clave.
question-other = De ellas, respuestas que no hablan de nada de lo que preguntan las preguntas (ningún término del ámbito, o un anuncio): { $count }. Se cuentan como otras respuestas, pero no entran en los temas, el resumen ni los términos clave.
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
quote-anonymous = Anónimo, { $group }, { $country }
quote-anonymous-group = Anónimo, { $group }
duplicates-title = Respuestas casi idénticas
duplicates-none = Ninguna: cada respuesta es única.
duplicates-ordinary = Las respuestas a esta pregunta repiten a menudo los mismos textos: cinco de ellos se envían { $count } veces o más cada uno. Cada respuesta con uno de esos textos cuenta, en su tema y en cada cifra; solo un texto enviado más de dos veces y media más a menudo se cuenta una sola vez, como una campaña.
duplicates-size = { $count ->
    [one] 1 respuesta tiene este texto
   *[other] { $count } respuestas comparten este texto
}
question-voices = Contando una sola vez cada grupo de respuestas casi idénticas, voces independientes: { $voices } (todas las respuestas contadas: { $answered }). Los gráficos las cuentan una vez.
overview-voices = Contando cada campaña una sola vez, voces independientes: { $voices }. Los gráficos las cuentan una vez.
raw-figures = Todas las respuestas contadas
campaigns-title = Campañas
campaigns-more = Otros grupos de cinco o más respuestas casi idénticas: { $count }, cada uno bajo las respuestas casi idénticas de su pregunta.
campaign-line = Respuestas que envían un mismo texto: { $count } ({ $n ->
    [one] pregunta
   *[other] preguntas
} { $questions })
campaign-sent-by = Enviado por: { $who }
campaign-not-published = no publicable
initiatives-title = Iniciativas y organizaciones citadas
initiatives-none = Ninguna: ninguna iniciativa conocida, y ninguna otra citada por dos respuestas o más.
privacy-title = Encuestados que se nombran
privacy-masked = Respuestas de encuestados anónimos que dan su propio nombre, su organización o una dirección de correo: { $count } (preguntas { $questions }). Las citas, los extractos y los datos abiertos muestran [name], [organisation] o [e-mail] en su lugar.
privacy-unpublished = Respuestas no publicables en el mismo caso: { $count }. Nunca se publican.
topics-title = Temas en todos los idiomas
topics-why = Los temas hallados en distintos idiomas se agrupan cuando sus respuestas hablan de los mismos conceptos (nombrados aquí) más que las demás respuestas a la pregunta. Un tema de un solo idioma se une también al grupo cuyas respuestas citan las mismas iniciativas conocidas, cuando al menos dos de sus respuestas las citan.
topics-themes = Temas:
narrative-title = Borrador de relato (para reescribir)
narrative-note = Generado a partir de las cifras de esta página, como primer borrador: reescríbalo antes de publicarlo.
narrative-point = { $size ->
    [most] La mayoría de las contribuciones
    [many] Muchas contribuciones
    [several] Varias contribuciones
   *[few] Algunas contribuciones
} ({ $percent } %; { $who }) mencionan «{ $label }».
narrative-separator = { "; " }
narrative-mainly = sobre todo { $group }, { $share } %
narrative-mixed = de varios grupos de partes interesadas
narrative-in = respuestas en { $language }
narrative-one = Una contribución ({ $percent } %{ $who }) menciona «{ $label }».
narrative-one-in = en { $language }
narrative-initiatives = Las más citadas: { $names }.
narrative-campaign = Los textos enviados por muchos se cuentan una sola vez.
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
export-docx = Descargar como documento de Word (DOCX)
export-draft-title = Un borrador para comentarios públicos
export-draft-hint = La parte II tal como está, sección por sección, en el idioma elegido arriba y en inglés, como archivo de borrador para la consulta. Los archivos de comentarios que envíen los lectores se cargan aquí junto a las respuestas y vuelven como parte III A.
export-draft-version = Versión del borrador
export-draft-version-error = Indique una versión de letras, cifras, puntos y guiones, como 1.0.
export-draft = Descargar el archivo del borrador
export-qda-title = Para programas de análisis cualitativo
export-qda-hint = Un proyecto REFI-QDA para QualCoder, NVivo, ATLAS.ti o MAXQDA: las respuestas publicables como fuentes, las personas como casos con su grupo de partes interesadas y su país, los temas y los códigos como códigos, con las respuestas codificadas. Solo lo que puede publicarse; las personas anónimas no se nombran.
export-qdpx = Descargar el proyecto (REFI-QDA, .qdpx)
export-qdc = Descargar el libro de códigos (REFI-QDA, .qdc)
export-data-title = Datos abiertos
export-data-hint = Las respuestas que pueden publicarse, sin direcciones de correo electrónico; las anónimas, sin nombres. Las fórmulas de hoja de cálculo de las respuestas se neutralizan.
export-bom = Añadir una marca de orden de bytes (BOM), para Excel
export-csv = Descargar CSV
export-json = Descargar paquete JSON
export-xlsx = Descargar como hoja de cálculo (XLSX)
export-long-csv = Descargar CSV, una fila por respuesta a cada pregunta
table-title = Correspondencia de las columnas de { $name }
table-hint = { $rows } filas y { $columns } columnas de otra herramienta de encuestas. Elija qué contiene cada columna: respuestas a una pregunta, un dato sobre la persona, o nada. Las opciones de abajo vienen de los encabezados; revíselas antes de importar.
table-remembered = Las columnas se asignan como lo hizo la última vez para una tabla con los mismos encabezados.
table-column = Columna
table-first-value = Primer valor
table-holds = Contiene
table-no-header = (sin encabezado)
table-ignore = No se importa
table-answers = Respuestas a
table-fields = Sobre la persona
table-field-group = Grupo de partes interesadas
table-field-capacity = Calidad (a título individual o en nombre de una organización)
table-field-publication = Opción de publicación
table-field-submitted = Fecha y hora de la respuesta
table-publication = Opción de publicación de las filas que no indican ninguna
table-publication-hint = La otra herramienta no hizo la pregunta del BPF. Salvo que sepa qué aceptaron estas personas, mantenga «No publicarla»: sus respuestas se cuentan, pero nunca se citan ni se enumeran.
table-nri = La NRI que realizó esta encuesta (opcional)
table-need-answers = Elija al menos una columna de respuestas a una pregunta.
table-import = Importar { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
}
table-cancel = Dejar este archivo a un lado
table-refused = { $name } no se pudo leer como tabla: { $reason }
table-refused-empty = no tiene filas bajo su encabezado.
table-refused-unreadable = no es un archivo CSV (UTF-8 o UTF-16) ni una hoja de cálculo XLSX u ODS.
table-refused-spreadsheet = no se pudo abrir la hoja de cálculo: puede estar dañada o no ser una hoja de cálculo. Ábrala en su programa de hojas de cálculo y guárdela de nuevo como XLSX o CSV.
table-refused-protected = está protegida con una contraseña. Quite la contraseña en su programa de hojas de cálculo, o guarde una copia como CSV, y elija esa copia.
table-refused-old-workbook = está en el formato de Excel anterior a 2007 (.xls), que esta página no lee. Guárdela como XLSX o CSV en su programa de hojas de cálculo y elija ese archivo.
table-refused-too-large = tiene { $rows } filas y { $columns } columnas, más de las que la página lee (200 000 filas, 1000 columnas).
table-refused-too-many-cells = abarca { $rows } filas de { $columns } columnas, más celdas de las que la página lee a la vez ({ $cells }). Vacíe cualquier celda alejada de la tabla, o guarde menos filas o columnas, y vuelva a elegirla.
table-refused-file-too-large = ocupa { $size }, más de los { $max } permitidos por archivo. Exporte menos filas cada vez, o guárdelo como CSV.
table-refused-unpacked = una vez descomprimido ocuparía { $size }, mucho más que una hoja de respuestas; no se abrió.
table-imported = { $name }: respuestas cargadas y guardadas con los archivos del espacio de trabajo: { $count }.
table-problems = Notas sobre filas: { $count }
table-problem-no-answer = Fila { $row }: ninguna respuesta a una pregunta; no se importa.
table-problem-not-understood = Fila { $row }: { $field } «{ $value }» no se entendió; se deja vacío.
table-problem-shortened = Fila { $row }: la columna «{ $column }» se cortó a la longitud que permite una respuesta.
table-problem-not-a-choice = Fila { $row }: «{ $value }» en la columna «{ $column }» no es ninguna de las opciones de la pregunta; se conserva y se cuenta como «ninguna de las opciones».
key-prompt-title = Respuestas cifradas
key-prompt-body = Archivos cifrados para la Secretaría: { $count }. Elija el archivo de identidad de la Secretaría para leerlos. La clave permanece solo en la memoria de esta página; nunca se guarda en el navegador.
key-prompt-button = Elegir el archivo de identidad
key-error-none = Este archivo no contiene ninguna clave secreta age. Elija el archivo de identidad creado en esta página: empieza por “# created”.
key-error-bad = La línea { $line } de este archivo no es una clave secreta age válida.
keys-title = Claves de cifrado
keys-hint = Los participantes pueden cifrar sus archivos de respuesta para la Secretaría, de modo que solo quien tenga el archivo de identidad pueda leerlos. Cree un par de claves una sola vez, publique la clave pública y guarde el archivo de identidad en un lugar seguro: sin él, no se pueden leer las respuestas cifradas. Nunca se almacena en este navegador.
keys-generate = Crear un nuevo par de claves
keys-public = Clave pública: publíquela y entréguela a las NRI para sus formularios
keys-made = El archivo de identidad se descargó como { $file }. Guárdelo en un lugar seguro y privado.
workspace-kept = Archivos guardados en este navegador con el filtro: { $files }. Al volver a abrir esta página, vuelven.
workspace-usage = Este sitio usa { $used } de los { $quota } que el navegador le permite.
workspace-persisted = El navegador ha aceptado guardarlos aunque falte espacio.
workspace-not-persisted = El navegador puede borrarlos si falta espacio: conserve sus copias de los archivos.
workspace-unavailable = Este navegador no permite a la página guardar su espacio de trabajo (su configuración, la navegación privada o un marco): tras recargar, vuelva a elegir los archivos.
workspace-not-kept-full = Archivos que no se pudieron guardar en este navegador, por estar lleno su almacenamiento: { $files }. Están cargados ahora, pero tras recargar tendrá que volver a elegirlos.
workspace-not-kept = Archivos que no se pudieron guardar en este navegador: { $files }. Están cargados ahora, pero tras recargar tendrá que volver a elegirlos.
workspace-title = Espacio de trabajo: { $name }
workspace-unnamed = Espacio de trabajo sin nombre
workspace-open = Abrir otro espacio de trabajo
workspace-new = Nuevo espacio de trabajo
workspace-new-name = Nombre del nuevo espacio de trabajo (una convocatoria o un ciclo, por ejemplo)
workspace-create = Crearlo y abrirlo
workspace-rename = Cambiar el nombre
workspace-rename-label = Nuevo nombre de este espacio de trabajo
workspace-save = Guardar el nombre
workspace-cancel = Cancelar
workspace-delete = Eliminar este espacio de trabajo
workspace-delete-confirm = ¿Eliminar el espacio de trabajo «{ $name }» y los archivos que guarda en este navegador ({ $files })? Los archivos de su ordenador se quedan.
workspace-delete-yes = Eliminarlo
workspace-delete-no = Conservarlo
workspace-not-changed = No se pudo cambiar el espacio de trabajo en este navegador; inténtelo de nuevo.
workspace-deleted-elsewhere = Otra pestaña eliminó este espacio de trabajo. Lo que muestra esta página ya no se guarda en este navegador: los archivos que añada ahora lo crean de nuevo, sin nombre. Recargue la página para abrir un espacio guardado.
workspace-elsewhere = Este espacio de trabajo también está abierto en otra pestaña de este navegador. Ambas pueden añadir archivos, y no se pierde nada, pero cada pestaña muestra lo que añadió la otra solo tras recargar.
code-sdg-1 = ODS 1: Fin de la pobreza
code-sdg-2 = ODS 2: Hambre cero
code-sdg-3 = ODS 3: Salud y bienestar
code-sdg-4 = ODS 4: Educación de calidad
code-sdg-5 = ODS 5: Igualdad de género
code-sdg-6 = ODS 6: Agua limpia y saneamiento
code-sdg-7 = ODS 7: Energía asequible y no contaminante
code-sdg-8 = ODS 8: Trabajo decente y crecimiento económico
code-sdg-9 = ODS 9: Industria, innovación e infraestructura
code-sdg-10 = ODS 10: Reducción de las desigualdades
code-sdg-11 = ODS 11: Ciudades y comunidades sostenibles
code-sdg-12 = ODS 12: Producción y consumo responsables
code-sdg-13 = ODS 13: Acción por el clima
code-sdg-14 = ODS 14: Vida submarina
code-sdg-15 = ODS 15: Vida de ecosistemas terrestres
code-sdg-16 = ODS 16: Paz, justicia e instituciones sólidas
code-sdg-17 = ODS 17: Alianzas para lograr los objetivos
codebook-title = Códigos ({ $count })
codebook-hint = Los diecisiete Objetivos de Desarrollo Sostenible y sus propios códigos. Un código se sugiere en las respuestas que usan sus palabras; solo se aplica a una respuesta cuando usted lo acepta o lo añade.
codebook-remove = Eliminar
codebook-remove-named = Eliminar el código { $name }
codebook-name = Nombre de un nuevo código
codebook-words = Palabras que lo sugieren
codebook-words-hint = Comienzos de palabras, separados por comas, en cualquier idioma (por ejemplo: phishing, suplantación, 钓鱼).
codebook-add = Añadir el código
answer-codes = Códigos:
answer-suggested = Sugeridos:
answer-code-accept = Aceptar
answer-code-accept-named = Aceptar el código { $code } para esta respuesta
answer-code-reject = Rechazar
answer-code-reject-named = Rechazar el código { $code } para esta respuesta
answer-code-add = Añadir un código a esta respuesta
codes-title = Códigos
edit-code-define = un código «{ $name }» creado
edit-code-remove = un código eliminado
edit-code-on = pregunta { $question }: el código { $code } añadido a una respuesta
edit-code-off = pregunta { $question }: el código { $code } descartado para una respuesta
conflict-code-applies = Se aplica
conflict-code-not = No se aplica
conflict-coded = Pregunta { $question }, respuesta { $id }: el código { $code }
conflict-code = El código { $code }
answer-in-theme = En el tema { $theme }
answer-in-other = Entre las otras respuestas
answer-edit = Editar esta respuesta
answer-move-to = Moverla a:
answer-move-other = Otras respuestas
edit-move = pregunta { $question }: una respuesta movida
conflict-placed = Pregunta { $question }, respuesta { $id }: dónde va su respuesta
conflict-theme-gone = Un tema que esta síntesis ya no tiene
workspace-files-title = Archivos de espacio de trabajo: llevar este espacio a otro navegador, o añadir el de un colega
workspace-files-hint = Un archivo de espacio de trabajo contiene los archivos cargados, tal como llegaron (los cifrados siguen cifrados; nunca un archivo de identidad), el filtro y todos los cambios. Abierto en otro navegador, da la misma síntesis y las mismas descargas.
workspace-download = Descargar este espacio de trabajo en un solo archivo
workspace-file-open = Abrir un archivo de espacio de trabajo
workspace-file-open-hint = Se convierte en un nuevo espacio de trabajo en este navegador, con sus archivos, filtro y cambios.
workspace-file-merge = Añadir a este espacio el archivo de espacio de trabajo de un colega
workspace-file-merge-hint = Se añaden sus archivos y cambios que este espacio no tiene. Donde ambos decidieron lo mismo de forma distinta, nada cambia hasta que usted elija.
workspace-file-too-large = Este archivo supera el tamaño permitido para un archivo de espacio de trabajo (256 MB). No se cambió nada.
workspace-file-too-large-to-write = Este espacio de trabajo es demasiado grande para caber en un solo archivo (más de 256 MB con sus archivos). Conserve los propios archivos de respuesta para compartirlos y cree un espacio más pequeño (una parte de la convocatoria) para un colega.
workspace-file-not = No es un archivo de espacio de trabajo de esta aplicación. No se cambió nada.
workspace-file-newer = Este archivo de espacio de trabajo lo escribió una versión más reciente de esta aplicación: recargue la página para actualizarla y vuelva a abrir el archivo. No se cambió nada.
workspace-file-damaged = Este archivo de espacio de trabajo se modificó o dañó después de escribirse. No se cambió nada: pida una nueva copia.
synthesis-documents = Documentos enviados con las respuestas
synthesis-documents-hint = Todos los documentos citados, con quién los envió. La parte II cita los de contribuyentes nombrados y NRI; los demás se cuentan allí, nunca se citan.
synthesis-documents-unlisted = no citado en la parte II ({ $publication })
editor-link = Redactar o editar un cuestionario
editor-back = Volver a la síntesis
editor-title = Editor de cuestionarios
editor-intro = Redacte un cuestionario para un nuevo ciclo o para su propia consulta, o abra uno para cambiarlo: un archivo de cuestionario (.json) o un libro XLSForm (.xlsx, como los de KoboToolbox y ODK). Todo queda en este navegador; su borrador se guarda aquí mientras escribe.
editor-new = Empezar un cuestionario nuevo
editor-open = Abrir un archivo de cuestionario o un XLSForm
editor-refused = Este cuestionario aún no se puede usar: { $reason }.
editor-refused-xlsform = Este libro no se puede leer como cuestionario: { $reason }.
editor-xlsform-no-survey = no tiene una hoja «survey», donde un XLSForm enumera sus preguntas
editor-xlsform-no-column = su hoja «survey» no tiene una columna «{ $column }»
editor-xlsform-no-list = survey, fila { $row }: la lista «{ $list }» no está en la hoja «choices»
editor-xlsform-whole = Se leyó el libro completo: todo lo que contiene tiene su lugar en el cuestionario.
editor-xlsform-left = Se leyó el libro. { $count } elementos no tienen lugar en un cuestionario y se omitieron o cambiaron:
editor-left-type = survey, fila { $row } ({ $name }): el tipo «{ $kind }» no existe en el formulario; se omite
editor-left-column = survey, fila { $row } ({ $name }): «{ $column }» no tiene equivalente; la pregunta se conserva sin ello
editor-left-language = columna «{ $column }»: no es uno de los seis idiomas de la ONU; se omite
editor-left-note = survey, fila { $row } ({ $name }): una nota entre las preguntas; se omite
editor-left-group = survey, fila { $row }: «{ $kind }»: los grupos se aplanan y las preguntas de una repetición se hacen una vez
editor-left-name = { $sheet }, fila { $row }: el nombre «{ $name }» no es solo letras, dígitos, - o _; se omite
editor-left-version = settings: la versión «{ $version }» no es un número entero; se usa 1
editor-check-title = Comprobar y descargar
editor-valid = Listo: «{ $id }», versión { $version }, { $questions } preguntas (huella { $hash }…).
editor-download = Descargar el archivo del cuestionario
editor-download-xlsform = Descargar como XLSForm
editor-languages = Idiomas
editor-languages-hint = Elija el idioma en que escribe. Cada uno muestra cuántos textos del cuestionario tiene; un texto que falta en un idioma se muestra en inglés a quienes responden, y el formulario lo indica.
editor-complete = { $given } de { $all }
editor-in-english = En inglés: { $text }
editor-about = El cuestionario
editor-id = Identificador
editor-id-hint = Solo letras, dígitos, - y _, por ejemplo nri-2027. Las respuestas lo mencionan.
editor-version = Versión
editor-version-hint = Un número entero. Auméntelo cada vez que cambie el sentido de una pregunta.
editor-example = Es un ejemplo, no una convocatoria oficial (el formulario lo dice en cada página)
editor-questionnaire-title = Título
editor-intro-paragraph = Introducción, párrafo { $number }
editor-intro-remove = Quitar el párrafo { $number } de la introducción
editor-add-intro = Añadir un párrafo a la introducción
editor-profile = Datos que se piden a cada persona
editor-profile-hint = La opción de publicación se pide siempre.
editor-profile-name = Nombre
editor-profile-organisation = Organización
editor-profile-email = Correo electrónico
editor-profile-country = País
editor-profile-group = Grupo de partes interesadas
editor-profile-capacity = Calidad (a título individual, por una organización o una NRI)
editor-profile-nri = Iniciativa nacional o regional del IGF
editor-questions = Preguntas
editor-question-id = Identificador
editor-kind = Tipo de respuesta
editor-kind-long-text = Párrafos
editor-kind-short-text = Una línea
editor-kind-one-choice = Una opción
editor-kind-several-choices = Varias opciones
editor-max-length = Máximo de caracteres
editor-max-choices = Máximo de opciones (vacío: sin límite)
editor-question-text = Pregunta
editor-hint = Indicación (opcional)
editor-choices = Opciones
editor-choice-label = Opción { $number }
editor-choice-id = Identificador
editor-add-choice = Añadir una opción
editor-choice-up = Subir la opción { $number }
editor-choice-down = Bajar la opción { $number }
editor-choice-remove = Quitar la opción { $number }
editor-up = Subir
editor-down = Bajar
editor-remove = Quitar
editor-question-up = Subir la pregunta { $number }
editor-question-down = Bajar la pregunta { $number }
editor-question-remove = Quitar la pregunta { $number }
editor-add-question = Añadir una pregunta
editor-add-question-choose = Elija su tipo de respuesta…
editor-preview = Vista previa
editor-preview-language = Idioma de la vista previa
choices-chart = Respuestas a la pregunta { $number } por opción
choices-by-group = Por opción y grupo de partes interesadas
choices-choice = Opción
choices-several = Se podía elegir más de una respuesta: la suma de los recuentos supera el número de respuestas.
choices-not-listed = Ninguna de las opciones
workspace-file-other-questionnaire = Este archivo de espacio de trabajo es de otro cuestionario ({ $id }). No se combinó nada: ábralo como un espacio de trabajo aparte.
synthesis-questionnaire-title = Cuestionario
synthesis-questionnaire-current = Este espacio de trabajo sintetiza las respuestas a «{ $title }» ({ $id }, versión { $version }): { $questions } preguntas, { $choices } de ellas con opciones que contar.
synthesis-questionnaire-choose = Cuestionario de este espacio de trabajo
synthesis-questionnaire-builtin = IGF BPF Ciberseguridad 2016 (integrado)
synthesis-questionnaire-example = IGF BPF Ciberseguridad 2017 (ejemplo)
synthesis-questionnaire-file = Otro cuestionario, desde un archivo…
synthesis-questionnaire-open = Abrir un archivo de cuestionario
synthesis-questionnaire-fixed = Las respuestas a otro cuestionario nunca se mezclan con estas: cree un espacio de trabajo nuevo y elija su cuestionario antes de cargar archivos.
synthesis-questionnaire-refused = Este cuestionario no se puede usar: { $reason }. El espacio de trabajo conserva el cuestionario que tenía.
workspace-file-unreasonable = Este archivo de espacio de trabajo contiene más que cualquier espacio de trabajo (demasiados archivos o cambios, o textos demasiado largos). No se cambió nada.
workspace-file-not-kept = No se pudo guardar el espacio de trabajo en este navegador. No se cambió nada.
workspace-file-not-kept-full = No se pudo guardar el espacio de trabajo en este navegador porque su almacenamiento está lleno: libere espacio (elimine un espacio de trabajo que ya no necesite) y vuelva a intentarlo. No se cambió nada.
workspace-file-merged = Añadido desde el espacio de su colega: archivos nuevos: { $files }; cambios nuevos: { $edits }.
conflicts-title = Decidido de forma distinta por usted y su colega: { $count }
conflicts-hint = No se cambió nada en estos puntos. Para cada uno, conserve su decisión o tome la de su colega.
conflict-excluded = Respuesta { $id }: dejada fuera o no
conflict-theme = El nombre de un tema de la pregunta { $question }
conflict-narrative = El texto de la pregunta { $question }
conflict-reviewed = Si la pregunta { $question } está revisada
conflict-yours = La suya
conflict-theirs = La de su colega ({ $who })
conflict-keep = Conservar la suya
conflict-take = Tomar la de su colega
conflict-kept-in = Incluida
conflict-left-out = Dejada fuera: { $reason }
conflict-empty = (ninguno)
conflict-yes = Revisada
conflict-no = No revisada
edits-title = Edición
edits-hint = Sus cambios se guardan con el espacio de trabajo, aparte de la síntesis automática, y se vuelven a aplicar cuando se añaden archivos. Las descargas los siguen: la parte II con sus nombres de temas, citas elegidas y textos; cada descarga sin las respuestas que usted dejó fuera.
edits-editor = Su nombre, registrado con cada cambio que haga
edits-undo = Deshacer el último cambio
edits-redo = Rehacer
edits-excluded = Respuestas dejadas fuera por la secretaría: { $count }. No se cuentan en ninguna parte de la síntesis ni de las descargas.
edits-unmatched = Cambios que ya no encuentran su tema (sus respuestas se dejaron fuera o están filtradas): { $count }.
edits-history = Historial de cambios ({ $count })
edits-history-none = Todavía no hay cambios.
edits-by = { $time }, { $who }: { $what }
edits-anonymous = alguien que no dio su nombre
edits-not-kept = El último cambio se muestra, pero este navegador no pudo guardarlo: tras recargar la página, habrá desaparecido.
edits-not-kept-full = El último cambio se muestra, pero este navegador no pudo guardarlo porque su almacenamiento está lleno: libere espacio (elimine un espacio de trabajo que ya no necesite) y vuelva a hacer el cambio.
edits-unreadable = No se pudieron leer los cambios guardados en este navegador para este espacio de trabajo. Para no perder ninguno, no se puede hacer ningún cambio aquí hasta que se puedan leer.
edit-rename = pregunta { $question }: un tema llamado «{ $name }»
edit-rename-clear = pregunta { $question }: un tema nombrado de nuevo por sus términos
edit-merge = pregunta { $question }: dos temas unidos
edit-exclude = una respuesta dejada fuera ({ $reason })
edit-include = una respuesta recuperada
edit-pin = pregunta { $question }: una respuesta elegida como cita
edit-unpin = pregunta { $question }: una cita retirada
edit-narrative = pregunta { $question }: su síntesis redactada
edit-reviewed = pregunta { $question }: marcada como revisada
edit-unreviewed = pregunta { $question }: ya no está marcada como revisada
theme-edit = Editar este tema
theme-name = Nombre de este tema
theme-name-hint = Déjelo vacío para volver a nombrar el tema por sus términos.
theme-name-save = Guardar el nombre
theme-named = Nombrado por la secretaría; sus términos: { $terms }
theme-merge-into = Unir este tema con
theme-merge-choose = Elija un tema
theme-merge = Unir
narrative-edit-title = Su síntesis de esta pregunta
narrative-edit-label = Texto para la parte II
narrative-edit-hint = Sustituye al relato provisional en la parte II. Deje una línea vacía entre párrafos.
narrative-save = Guardar el texto
narrative-unsaved = Todavía no se ha guardado.
pinned-title = Citas elegidas
pinned-none = Todavía no hay citas elegidas: elija respuestas más abajo con «Elegir como cita».
pinned-refused = Citas elegidas que quedan fuera de la parte II porque su autor ya no permite citarlas: { $count }.
question-reviewed = Revisada: la síntesis de esta pregunta está lista
question-nav-reviewed = Revisada
answer-pin = Elegir como cita
answer-unpin = Quitar de las citas
answer-pin-refused = Esta respuesta no se puede citar: su autor eligió no ser publicado, o no ha enviado la respuesta.
answer-exclude = Dejar fuera esta respuesta
answer-exclude-why = ¿Por qué? La respuesta queda fuera de la síntesis y de todas las descargas, y se puede recuperar.
answer-excluded = Dejada fuera: { $reason }
answer-include = Recuperarla
reason-spam = Correo basura
reason-off-topic = Fuera de tema
reason-duplicate = Duplicada
reason-withdrawn = Retirada por su autor

export-language = Idioma del documento
export-language-hint = Los títulos y las frases fijas están en este idioma; las respuestas y las citas se mantienen tal como las escribieron sus autores.
export-language-failed = No se pudieron cargar los textos del documento en { $language }. Compruebe su conexión e inténtelo de nuevo.
# Parte II tal como se descarga (página web, Word, Markdown), en el idioma elegido al descargarla.
part2-title = Parte II: Síntesis de las contribuciones recibidas en respuesta a la convocatoria de contribuciones
part2-document-title = Parte II: Síntesis de las contribuciones — { $title }
part2-source = { $title } ({ $id }, versión { $version }).
part2-source-as-of = { $title } ({ $id }, versión { $version }). Datos a fecha de { $date }.
part2-overview = Visión general
part2-filter = Solo las contribuciones que cumplen estos criterios: { $filter }.
part2-received = { $count ->
    [one] Se recibió { $count } contribución.
   *[other] Se recibieron { $count } contribuciones.
}
part2-received-drafts = { $count ->
    [one] Se recibió { $count } contribución
   *[other] Se recibieron { $count } contribuciones
}, { $drafts ->
    [one] { $drafts } de ellas es un borrador sin terminar.
   *[other] { $drafts } de ellas son borradores sin terminar.
}
part2-received-drafts-sent = { $count ->
    [one] Se recibió { $count } contribución
   *[other] Se recibieron { $count } contribuciones
}, { $drafts ->
    [one] { $drafts } de ellas es un borrador sin terminar
   *[other] { $drafts } de ellas son borradores sin terminar
} (los borradores se citan y se listan como si se hubieran enviado, según lo elegido por la secretaría).
part2-excluded = { $count ->
    [one] La secretaría dejó fuera { $count } contribución más ({ $counts }); no se cuenta en ninguna parte de lo que sigue.
   *[other] La secretaría dejó fuera { $count } contribuciones más ({ $counts }); no se cuentan en ninguna parte de lo que sigue.
}
part2-voices = Contando cada campaña una sola vez, son { $voices ->
    [one] { $voices } voz independiente
   *[other] { $voices } voces independientes
}; las cifras que siguen las cuentan así y, después, contando todas las contribuciones.
part2-by = { $dimension ->
    [group] Por grupo de partes interesadas:
    [region] Por región:
    [nri] Por NRI:
    [language] Por idioma del formulario:
   *[capacity] Por calidad en la que se responde:
}
part2-by-all = { $dimension ->
    [group] Por grupo de partes interesadas, contando todas las contribuciones:
    [region] Por región, contando todas las contribuciones:
    [nri] Por NRI, contando todas las contribuciones:
    [language] Por idioma del formulario, contando todas las contribuciones:
   *[capacity] Por calidad en la que se responde, contando todas las contribuciones:
}
part2-chart-group = Contribuciones por grupo de partes interesadas
part2-chart-region = Contribuciones por región
part2-column-group = Grupo de partes interesadas
part2-column-region = Región
part2-column-count = Número
part2-campaigns = Campañas
part2-campaign = { $count } contribuciones enviaron { $text } { $questions ->
    [one] a la pregunta
   *[other] a las preguntas
} { $numbers }. Enviadas por: { $senders }.
part2-campaign-unpublished = un mismo texto (no publicable)
part2-more-campaigns = { $count ->
    [one] { $count } grupo adicional de cinco o más respuestas casi idénticas figura entre las respuestas casi idénticas de su pregunta.
   *[other] { $count } grupos adicionales de cinco o más respuestas casi idénticas figuran entre las respuestas casi idénticas de sus preguntas.
}
part2-contributions = Contribuciones recibidas
part2-no-contributors = Nadie pidió figurar en la lista de contribuciones.
part2-contribution = Contribución de { $who }
part2-contribution-nri = Contribución de la iniciativa { $nri }
part2-documents = Documentos recibidos
part2-documents-unlisted = { $count ->
    [one] Otro documento procede de una persona que eligió el anonimato o no ser publicada; no se cita, porque un enlace puede revelar su autoría.
   *[other] Otros { $count } documentos proceden de personas que eligieron el anonimato o no ser publicadas; no se citan, porque un enlace puede revelar su autoría.
}
part2-anonymous = { $count ->
    [one] { $count } contribución anónima
   *[other] { $count } contribuciones anónimas
} (por grupo de partes interesadas: { $groups }; por región: { $regions }).
part2-anonymous-who = { $group ->
    [government] una persona de un gobierno
    [private-sector] una persona del sector privado
    [civil-society] una persona de la sociedad civil
    [technical-community] una persona de la comunidad técnica
    [academia] una persona del sector académico
    [intergovernmental] una persona de una organización intergubernamental
   *[other] una persona
}
part2-anonymous-where = { $who }, { $country }
part2-unnamed = nombre no publicado
part2-not-stated = no indicado
part2-answers = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
} ({ $groups })
part2-question = Pregunta { $number }: { $text }
part2-unanswered = Ninguna contribución respondió a esta pregunta.
part2-answered = { $answered ->
    [one] { $answered } de { $total } contribuciones respondió a esta pregunta
   *[other] { $answered } de { $total } contribuciones respondieron a esta pregunta
} ({ $groups }). Las respuestas tienen una mediana de { $median ->
    [one] { $median } palabra
   *[other] { $median } palabras
} (de { $min } a { $max }).
part2-chart-question = Respuestas a la pregunta { $number } por grupo de partes interesadas
part3-comments-changed = Esta sección cambió en el borrador { $newer }: estos comentarios se escribieron sobre el texto del borrador { $version }.
part3-comments-title = Parte III A. Comentarios recibidos sobre el borrador { $versions }
part3-comments-received = { $count ->
    [one] Un comentario
   *[other] { $count } comentarios
} de { $readers ->
    [one] un lector
   *[other] { $readers } lectores
}.
part3-comments-themes = Temas de estos comentarios, encontrados como en las respuestas:
part3-comments-theme = comentarios: { $count }
part3-comments-on = { $section } (borrador { $version })
part3-comments-count = { $count ->
    [one] Un comentario
   *[other] { $count } comentarios
} (por grupo de partes interesadas: { $groups }; por región: { $regions }).
part3-comments-unpublished = { $count ->
    [one] Otro comentario se cuenta pero no se publica, como eligió su autor.
   *[other] Otros { $count } comentarios se cuentan pero no se publican, como eligieron sus autores.
}
part3-comments-other-text = { $count ->
    [one] Un comentario se escribió sobre otro texto de esta sección que el de este borrador.
   *[other] { $count } comentarios se escribieron sobre otro texto de esta sección que el de este borrador.
}
part2-question-voices = Contando una sola vez cada grupo de respuestas casi idénticas, son { $voices ->
    [one] { $voices } voz independiente
   *[other] { $voices } voces independientes
} ({ $groups }).
part2-non-answers = { $count ->
    [one] { $count } de ellas no dio ninguna respuesta sustantiva («ver adjunto», «no aplica», una sola palabra); se cuenta aquí y no entra en los temas, el resumen ni los términos clave.
   *[other] { $count } de ellas no dieron ninguna respuesta sustantiva («ver adjunto», «no aplica», una sola palabra); se cuentan aquí y no entran en los temas, el resumen ni los términos clave.
}
part2-other = { $count ->
    [one] { $count } de ellas no habla de nada de lo que tratan las preguntas (ningún término del ámbito, o un anuncio): se cuenta aquí como otra respuesta y no entra en los temas, el resumen ni los términos clave.
   *[other] { $count } de ellas no hablan de nada de lo que tratan las preguntas (ningún término del ámbito, o un anuncio): se cuentan aquí como otras respuestas y no entran en los temas, el resumen ni los términos clave.
}
part2-synthesis = Síntesis
part2-narrative = Borrador de relato
part2-narrative-note = Generado a partir de las cifras que siguen, como primer borrador que debe reescribirse antes de publicarlo.
part2-pinned = Citas elegidas
part2-topics = Temas en todos los idiomas
part2-topics-note = Los temas hallados en distintos idiomas se agrupan cuando sus respuestas hablan de los mismos conceptos de un léxico multilingüe más que las demás respuestas a la pregunta; esos conceptos dan nombre al grupo. Un tema de un solo idioma se une también al grupo cuyas respuestas citan las mismas iniciativas conocidas, cuando al menos dos de sus respuestas las citan.
part2-topic = { $voices ->
    [one] { $voices } voz
   *[other] { $voices } voces
} (por idioma: { $languages }; por grupo de partes interesadas: { $groups }); { $count ->
    [one] tema
   *[other] temas
} { $themes } más abajo.
part2-themes = Temas
part2-theme = { $number }. { $label } ({ $voices ->
    [one] { $voices } voz
   *[other] { $voices } voces
}, { $language })
part2-theme-groups = Grupos de partes interesadas: { $groups }.
part2-terms = Términos clave
part2-terms-line = ({ $answers ->
    [one] { $answers } respuesta
   *[other] { $answers } respuestas
}): { $terms }
part2-initiatives = Iniciativas y organizaciones citadas
part2-codes = Códigos
part2-codes-note = Códigos que la secretaría asignó a las respuestas, a mano o aceptando una sugerencia.
part2-summary = Resumen
part2-duplicates = Respuestas casi idénticas
part2-duplicates-ordinary = Las respuestas a esta pregunta repiten a menudo los mismos textos: cinco de ellos se envían { $count } veces o más cada uno. Cada respuesta con uno de esos textos cuenta, en su tema y en cada cifra; solo un texto enviado más de dos veces y media más a menudo se cuenta una sola vez, como una campaña.
part2-duplicate = { $count } respuestas comparten el texto «{ $text }»
part2-duplicate-unpublished = { $count } respuestas comparten un mismo texto (no publicable)
part2-duplicate-campaign = { $group }: una campaña, enviada por { $senders }
part2-choice-answered = { $answered } de { $total } contribuciones respondieron a esta pregunta ({ $groups }).
part2-choice-several = Se podía elegir más de una respuesta, por lo que la suma de los recuentos supera el número de contribuciones que respondieron.
part2-chart-choices = Respuestas a la pregunta { $number } por opción
part2-column-choice = Opción
part2-choices = Respuestas por opción
part2-not-listed = Ninguna de las opciones
part2-quoted = «{ $text }»
part2-list-separator = { ", " }
part2-senders-separator = { "; " }

# The review page: a draft published for public comment, as one HTML file a reader opens even offline.
review-page-name = Borrador abierto a comentarios del público
review-page-no-draft = Esta página no contiene ningún borrador. La Secretaría crea las páginas de revisión desde la página de síntesis, con un borrador dentro.
review-page-refused = Este borrador no se puede mostrar: { $reason } Pida a la Secretaría una nueva copia de la página.
review-page-draft = Borrador { $version }, publicado el { $date }
review-page-intro = Este es un borrador del documento final, abierto a comentarios del público. Comente cualquier sección en el cuadro que tiene debajo. Lo que escribe se guarda en este dispositivo mientras escribe, incluso sin conexión. Cuando termine, diga quién es, tanto como desee, y guarde su archivo de comentarios al final de la página para enviarlo a la Secretaría.
review-page-to-send = Ir al final de la página para guardar su archivo de comentarios
review-page-untitled = Introducción
review-page-contents = Secciones del borrador
review-page-commented = Comentada
review-page-comment-label = Su comentario sobre «{ $section }» (opcional)
review-page-comment-count = Caracteres: { $count } de { $max }
review-page-kept = Guardado en este dispositivo a las { $time }. Secciones comentadas: { $count }.
review-page-not-kept-title = Sus comentarios no se están guardando en este dispositivo
review-page-not-kept = Todo lo que escribió sigue en la pantalla. Mantenga esta página abierta y guarde su archivo de comentarios antes de salir.
review-page-unreadable = No se pudo leer una copia de sus comentarios encontrada en este dispositivo: { $reason }
review-page-set-aside = Se conserva tal como estaba, con otro nombre ({ $key }); lo que escriba ahora se guarda a su lado.
review-page-send-title = Enviar sus comentarios
review-page-send-intro = Díganos quién es, tanto como desee, y cómo pueden publicarse sus comentarios. Después guarde su archivo de comentarios y envíelo a la Secretaría, como indica la página que le trajo aquí.
review-page-email-hint = Solo se usa si la Secretaría necesita preguntarle sobre sus comentarios. Nunca se publica.
review-page-capacity = ¿A qué título comenta?
review-page-publication = ¿Cómo puede el BPF publicar sus comentarios?
review-page-publication-hint = La Secretaría lee todos los comentarios. Esta elección decide lo que otros pueden leer.
review-page-encrypted-hint = Su archivo de comentarios se cifrará con la clave de la Secretaría: solo la Secretaría podrá leerlo.
review-page-save = Guardar su archivo de comentarios
review-page-error-no-comments = Escriba un comentario sobre al menos una sección.
review-page-saved = Su archivo de comentarios { $name } está guardado en sus descargas.
review-page-saved-encrypted = Está cifrado: solo la Secretaría puede leerlo.
review-page-saved-send = Envíelo a la Secretaría. Si cambia sus comentarios, guarde de nuevo el archivo y envíe el nuevo: sustituye al primero.
review-page-save-failed = No se pudo guardar el archivo de comentarios: { $reason }
review-page-encrypt-failed = No se pudo cifrar el archivo de comentarios ({ $reason }).
review-page-encrypt-bad-key = la clave de la Secretaría en esta página no es válida; pida una nueva página a la Secretaría
review-page-encrypt-no-randomness = este navegador no proporciona números aleatorios seguros; pruebe con otro navegador
review-page-shared-device = En un dispositivo compartido, borre de él sus comentarios una vez enviado el archivo.
review-page-forget = Borrar mis comentarios de este dispositivo
review-page-forget-failed = No se pudieron borrar sus comentarios de este dispositivo: { $reason }
review-page-forgotten = Sus comentarios se han borrado de este dispositivo. El archivo que guardó, no.
export-draft-key = Clave pública para los archivos de comentarios (opcional)
export-draft-key-hint = Una clave pública age (age1…), como una creada en los archivos de identidad: los archivos de comentarios de los lectores se cifran entonces con ella y se cargan aquí una vez dado su archivo de identidad.
export-draft-key-error = Esta no es una clave pública age: empieza por age1 y tiene 62 caracteres.
export-review-page = Descargar la página de revisión
export-review-page-note = La página de revisión es un solo archivo HTML: colóquela en cualquier sitio web o envíela tal cual. Los lectores la abren en un navegador, incluso sin conexión, comentan cada sección y guardan un archivo de comentarios para devolverlo.
export-review-page-failed = No se pudo crear la página de revisión: { $reason }

## Other pages

not-found-title = Página no encontrada
not-found-body = Esta página no existe, o la respuesta a la que pertenece ya no está en este dispositivo.
not-found-home = Ir a la página de inicio

## Accessibility statement

footer-accessibility = Declaración de accesibilidad
a11y-title = Declaración de accesibilidad
a11y-intro = Este formulario y la página de síntesis de la Secretaría están pensados para todas las personas que quieran contribuir, sea cual sea el dispositivo, el idioma o la tecnología de apoyo que usen.
a11y-standard-title = La norma que buscamos cumplir
a11y-standard = Las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2, nivel AA. Según nuestras pruebas, las dos páginas las cumplen, en los seis idiomas.
a11y-works-title = Qué puede esperar
a11y-works-keyboard = Puede hacerlo todo solo con el teclado, y el foco siempre está visible.
a11y-works-screen-reader = Cada campo tiene una etiqueta visible; las opciones relacionadas están agrupadas; los errores se enumeran al principio de la página y enlazan con su campo; el guardado, el recuento de palabras y el progreso se anuncian sin mover el foco.
a11y-works-zoom = Las páginas funcionan en un teléfono de 360 píxeles de ancho y con un zoom del 200%, sin desplazamiento horizontal.
a11y-works-languages = Las páginas están disponibles en árabe (de derecha a izquierda), chino, español, francés, inglés y ruso. Puede cambiar de idioma en cualquier momento sin perder lo que escribió.
a11y-works-charts = Cada gráfico de la página de síntesis tiene una tabla con las mismas cifras.
a11y-works-contrast = Los textos y los controles tienen al menos el contraste que piden las WCAG, también con un color elegido por el sitio que inserta el formulario.
a11y-tested-title = Cómo lo comprobamos
a11y-tested-axe = Comprobaciones automáticas con axe-core según las reglas A y AA de las WCAG 2.2, en cada pantalla y en cada idioma, sin admitir ningún problema.
a11y-tested-keyboard = Recorridos automatizados solo con el teclado: completar y guardar una respuesta, y cargar archivos para llegar a los temas de una pregunta.
a11y-tested-sizes = Cada pantalla se comprobó a 360 píxeles y al ancho de una computadora de escritorio, para detectar desplazamiento horizontal.
a11y-tested-screenshots = Capturas de pantalla en árabe y en chino, en un teléfono y en una computadora de escritorio, revisadas por una persona.
a11y-limits-title = Limitaciones conocidas
a11y-limits-screen-readers = Las pruebas controlan un navegador real, pero todavía no un lector de pantalla: no hemos hecho pruebas propias con NVDA, JAWS, VoiceOver ni TalkBack.
a11y-limits-charts = Las etiquetas de más de 48 caracteres se acortan dentro de los gráficos; la tabla que hay debajo las muestra completas.
a11y-limits-translations = Los servicios de traducción de las Naciones Unidas aún no han revisado las traducciones.
a11y-contact-title = Infórmenos de un problema
a11y-contact = Si algo no le funciona, o necesita las preguntas en otro formato, escriba a la Secretaría del IGF o a la iniciativa nacional o regional del IGF que le invitó. También puede enviar su contribución en cualquier forma que le sea posible.
a11y-prepared = Esta declaración se preparó el 23 de noviembre de 2026 y describe la versión { $version }.

## Embed on your site

embed-title = Insertar el formulario en su sitio
embed-intro = Para las iniciativas nacionales y regionales del IGF: defina la configuración del formulario, véalo como lo verán sus visitantes y copie el código para su sitio. Las respuestas permanecen en el dispositivo de cada participante hasta que envíe su archivo.
embed-host = Dirección de su sitio
embed-host-hint = Por ejemplo, https://www.nigeria-igf.example: el formulario solo envía sus mensajes (listo, altura, guardado) a este sitio. Necesaria para el código del marco; la etiqueta de script la obtiene por sí misma.
embed-nri = Nombre de su NRI
embed-nri-hint = Se registra como el origen de cada respuesta completada en su sitio.
embed-lang = Idioma en que se abre el formulario
embed-lang-any = El idioma de cada visitante
embed-accent = Color del encabezado
embed-accent-hint = Un color como #006b3f. Si un color es demasiado claro para texto blanco, se oscurece hasta que el texto sea legible.
embed-contact = Adónde envían su archivo los participantes
embed-contact-hint = Una dirección de correo electrónico o una dirección web, que se muestra cuando se guarda el archivo.
embed-closes = Último día para enviar contribuciones
embed-questionnaire = Cuestionario (opcional)
embed-questionnaire-hint = La dirección de un archivo de cuestionario en este sitio (por ejemplo questionnaires/igf-bpf-cybersecurity-2017-example.json) o en un sitio que reconoce. Déjelo vacío para el cuestionario integrado.
embed-editor-link = Redacte su propio cuestionario con el editor de cuestionarios y publique su archivo en su sitio
embed-key = Clave pública de la Secretaría (opcional)
embed-key-hint = Comienza por age1. Así, las respuestas se cifran para que solo la Secretaría pueda leerlas.
embed-invalid = El formulario no puede usar este valor; revíselo.
embed-frame = Código para un marco
embed-script = Código para una etiqueta script
embed-copy-frame = Copiar el código del marco
embed-copy-script = Copiar el código de la etiqueta script
embed-copied = Copiado.
embed-preview = Vista previa
embed-preview-title = Vista previa: { $name }
