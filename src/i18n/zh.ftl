## The app's frame

app-name = BPF 网络安全：意见征集
skip-link = 跳到主要内容
footer-privacy = 在您保存答复文件并亲自发送之前，您的回答只保存在此设备上。此页面不会向任何地方发送任何内容。
footer-version = bpf-survey 版本 { $version }
footer-synthesis = 供互联网治理论坛秘书处使用：答复综述
footer-offline = 获取离线版本（单个文件，无需联网即可打开，可通过 U 盘或电子邮件分享）
footer-embed = 供各 NRI 使用：将此表单嵌入您的网站
title-separator = –
language-menu = 语言
language-failed = 无法加载{ $language }。请检查网络连接后重试。

## Saving

save-status-saved = 已于 { $time } 保存在此设备上
save-status-not-saved = 未保存在此设备上
storage-warning-title = 您的回答未能保存在此设备上
storage-full = 浏览器为此页面提供的存储空间已满。
storage-unavailable = 此浏览器不允许此页面保存任何内容（正处于隐私浏览模式，或被浏览器设置阻止）。
storage-failed = 浏览器拒绝保存。
storage-warning-keep-open = 您输入的所有内容仍在屏幕上。请不要关闭此页面，并立即下载一份副本，以免丢失任何内容。
storage-download-copy = 立即下载副本
downloaded = 已下载 { $file }
download-failed = 无法下载文件：{ $reason }
start-failed = 无法开始新的答复：{ $reason }
options-title = 此表单的设置有问题
options-intro = 显示此表单的网站设置了表单无法使用的内容。没有这项设置，表单也能正常使用。如果您管理该网站，请更正此表单的地址：
option-unknown = 此表单没有“{ $name }”这项设置。
option-invalid = 设置“{ $name }”的值不能是“{ $value }”。
home-closed = 意见征集已于 { $date } 截止。您仍可下载保存在此设备上的答复。
done-send-to = 请将其发送至：{ $contact }
done-send-to-unlisted = 本页地址要求将文件发送至 { $contact }，但本站并未将该地址公布为秘书处或国家、区域倡议的地址。发送前请向发送此链接给您的人核实。
risk-title = 此浏览器可能不会保留您的回答
risk-partitioned = 此表单嵌在另一个网站的页面中，浏览器可能会将其数据单独存放，或在您离开时删除。
risk-private = 这似乎是一个隐私窗口：关闭时浏览器会删除所有内容。
risk-safari = 如果您七天未访问某个网站，Safari 会删除该网站保存的内容。
risk-not-persisted = 浏览器没有承诺保留您的回答：设备空间不足时可能会将其删除。
risk-advice = 请不时在您的设备上保存一份副本，以免丢失。
risk-save = 在您的设备上保存副本
risk-changed = 自上次保存副本以来，您的回答已有更改。
risk-copy-none = 您尚未保存副本。

## Start page

questionnaire-loading = 正在加载问卷……
questionnaire-refused = 无法使用问卷“{ $address }”：{ $reason }。您正在回答内置问卷。
questionnaire-reason-unlisted = 它所在的网站不在本表单认可的范围内
questionnaire-reason-fetch = 无法获取（{ $detail }）
questionnaire-reason-syntax = 这不是问卷文件
questionnaire-reason-newer = 它是为本表单的更新版本编写的
questionnaire-reason-large = 文件过大，不可能是问卷
questionnaire-reason-invalid = 它违反了问卷的一条规则（{ $detail }）
questionnaire-example = 本问卷仅为示例，并非正式的意见征集。
questionnaire-fallback = 本问卷共 { $all } 段文字，其中 { $missing } 段没有您所用语言的版本，以{ $language }显示。
home-other-questionnaire = 问卷：{ $title }
home-open-questionnaire = 回答其他问卷
home-open-questionnaire-hint = 如果秘书处或您所在的国家或区域互联网治理论坛倡议向您发送了问卷文件（.json），请在此打开。您的其他答复仍保存在本设备上，各自对应其问题。
home-open-questionnaire-label = 问卷文件
home-start = 开始答复
home-shared = 这是一台共用设备：答复不会在此列出，每份答复的文件一经保存即从设备上删除。
home-shared-left = 此前留在此设备上的未完成答复：{ $count } 份。它们被保留，但不显示。
home-continue = 继续答复
home-start-another = 开始另一份答复
home-your-responses = 此设备上的答复
home-your-responses-hint = 每份答复都保存在此浏览器中。使用此设备和浏览器的任何人都能看到。
home-untitled = 无标题答复
home-changed = 最后修改：{ $when }
home-answered = 已回答 { $total } 个问题中的 { $count } 个
home-resume = 打开
home-download = 下载
home-delete = 删除
home-unreadable = 此设备上有 { $count } 份已保存的答复无法读取，已原样保留：
store-unreadable = 此已保存条目不是由本表单写入的。
store-newer = 此已保存的答复由较新版本的表单写入；请用该版本打开。
store-damaged = 此已保存的答复已损坏，无法打开。
home-bundle-title = 在研讨会上收集答复？
home-bundle-hint = 将此设备上所有已完成的答复下载为一个文件，发送给秘书处。
home-bundle-button = 将 { $count } 份已完成的答复下载为一个文件
bundle-downloaded = 已将 { $count } 份答复下载到 { $file }
status-draft = 草稿
status-finished = 已完成
delete-confirm = 要从此设备上删除“{ $title }”吗？此操作无法撤销。如果您以后可能需要，请先下载。
delete-yes = 是，删除
delete-cancel = 取消
deleted = 已从此设备上删除“{ $title }”
delete-failed = 无法删除该答复：{ $reason }
reason-not-on-device = 此答复已不在此设备上
reason-no-page = 页面未在浏览器窗口中打开

## Steps

step-of = 第 { $step } 步，共 { $total } 步
continue = 继续
back = 返回

## About you

about-title = 关于您
about-intro = 请告诉我们您是谁，以便统计您的意见，并可按您的意愿注明出处。
about-name = 姓名
about-name-hint = 仅在署名发布您的意见时需要。
about-organisation = 组织
about-organisation-hint = 如以个人身份答复，请留空。
about-email = 电子邮件地址（可选）
about-email-hint = 仅在秘书处需要就您的意见与您联系时使用。绝不公开。
about-capacity = 您以何种身份答复？
capacity-individual = 以个人身份
capacity-organisation = 代表某一组织
capacity-nri = 代表互联网治理论坛国家和区域倡议 (NRI)
about-group = 您属于哪个利益攸关方群体？
group-government = 政府
group-private-sector = 私营部门
group-civil-society = 民间社会
group-technical-community = 技术界
group-academia = 学术界
group-intergovernmental = 政府间组织
group-other = 其他
about-country = 国家
about-country-hint = 您或您的组织所在的国家。输入名称的开头可在列表中快速跳转。
about-country-choose = 选择国家
about-region = 区域：{ $subregion }（{ $region }）
about-nri = 互联网治理论坛国家和区域倡议 (NRI)
about-nri-hint = 与您合作或邀请您参与的 NRI（如有）：输入时可从列表中选择，也可直接填写名称。
# UN M49 regions and sub-regions, by code, as the UN Statistics Division names them.
region-002 = 非洲
region-009 = 大洋洲
region-015 = 北非
region-019 = 美洲
region-021 = 北美
region-030 = 东亚
region-034 = 南亚
region-035 = 东南亚
region-039 = 南欧
region-053 = 澳大利亚和新西兰
region-054 = 美拉尼西亚
region-057 = 密克罗尼西亚
region-061 = 波利尼西亚
region-142 = 亚洲
region-143 = 中亚
region-145 = 西亚
region-150 = 欧洲
region-151 = 东欧
region-154 = 北欧
region-155 = 西欧
region-202 = 撒哈拉以南非洲
region-419 = 拉丁美洲和加勒比

## Questions

questions-title = 您的回答
questions-intro = 您可以回答任何问题，详略随意。至少需要回答一个问题才能完成。您输入的所有内容都会随时保存在此设备上。
count-words = { $words } 个词，{ $characters } 个字符

## Publication

publication-title = 发布您的意见
publication-legend = BPF 可以如何发布您的意见？
publication-hint = 秘书处会阅读每一份意见。您的选择决定其他人可以看到什么。
publication-named = 署名发布
publication-named-hint = 引文和意见清单中会显示您的姓名和组织。
publication-anonymous = 匿名发布
publication-anonymous-hint = 引文只显示您所属的利益攸关方群体和国家，例如“民间社会答复者，尼日利亚”。
publication-none = 不发布
publication-none-hint = 您的意见会计入综述，但绝不会被引用或列出。

## Review

review-title = 检查您的答复
review-about = 关于您
review-answers = 您的回答
review-publication = 发布
review-change = 更改
review-change-answer = 您对问题 { $number } 的回答
review-email = 电子邮件地址
review-capacity = 身份
review-group = 利益攸关方群体
review-publication-choice = 发布方式
review-not-given = 未提供
review-not-answered = 未回答
review-finish-title = 完成并保存答复文件
review-finish-body = 您的答复文件将保存到此设备上。然后请将其发送给互联网治理论坛秘书处或您的 NRI。
review-finish = 完成并保存我的答复文件
review-encrypted = 您的答复文件将为互联网治理论坛秘书处加密：只有秘书处能够读取。此设备上的副本您仍可阅读。
review-encrypting = 正在加密您的答复文件…
key-option-invalid = 此表单获得的加密密钥无效，因此答复将不会加密。请告知本页面的组织者。
key-option-unlisted = 本页地址给出的加密密钥不在本站公布的 IGF 秘书处密钥之列，因此答复不会用它加密。请向发送此链接给您的人核实。
encrypt-failed = 无法加密答复文件：{ $reason }。您的答复仍保存在此设备上，请重试。

## Done

done-title = 您的答复文件已保存
done-file = 您的浏览器已将其保存为
done-encrypted = 该文件已为互联网治理论坛秘书处加密：只有秘书处能够打开。
done-next-title = 后续步骤
done-next-body = 请通过电子邮件将此文件发送给互联网治理论坛秘书处，或发送给邀请您的互联网治理论坛国家和区域倡议 (NRI)。这是一个很小的文本文件，您可以打开它，查看您要发送的确切内容。
done-kept = 此答复也会保留在此设备上：您可以随时修改并保存新文件。
done-download-again = 再次下载文件
done-home = 返回起始页
done-shared-title = 这是共用设备吗？
done-shared-body = 如果其他人也使用此设备，请在您的文件妥善保存后从设备上删除您的答复，以免下一位使用者读到。
done-remove = 从此设备删除我的答复
done-remove-confirm = 要从此设备删除您的答复吗？请保留已保存的文件：届时它将是唯一的副本。
done-removed = 由于这是共用设备，您的答复已从设备上删除：您保存的文件现在是唯一的副本。请在发送之前妥善保管。
done-changed-title = 此答复在保存后已被修改
done-changed-body = 请检查并再次完成，以保存最新的文件。
done-changed-review = 检查您的答复

## Errors

error-prefix = 错误：
error-summary-title = 出现问题
error-name-required = 请输入您的姓名，或选择匿名发布
error-organisation-required = 请输入您所代表的组织的名称
error-nri-required = 请输入您所代表的 NRI 的名称
error-email-format = 请按正确格式输入电子邮件地址，例如 name@example.org
error-capacity-required = 请选择您以何种身份答复
error-group-required = 请选择您的利益攸关方群体
error-country-required = 请选择您的国家
error-no-answers = 请至少回答一个问题
error-publication-required = 请选择您的意见可以如何发布
answer-max-choices = 最多可选 { $max } 项。
error-too-many-choices = 最多选择 { $max } 项
error-unknown-choice = 请从所列选项中选择
error-too-long = 不得超过 { $max } 个字符
error-required = 此项为必填项

## Synthesis

synthesis-title = 答复综述
synthesis-intro = 加载答复文件和打包文件，逐个问题查看答复者的意见。所有操作都在此浏览器中进行：不会上传任何内容。
synthesis-load-title = 加载答复
synthesis-load-hint = 选择文件或整个文件夹，或将其拖放到此处。您可以随时添加更多文件；每份答复只计算一次。您也可以加载其他调查工具（Google Forms、Microsoft Forms、KoboToolbox、LimeSurvey、SurveyMonkey）导出的 CSV、XLSX 或 ODS 文件：页面会询问每一列的内容。
synthesis-choose-files = 选择文件
synthesis-choose-folder = 选择文件夹
synthesis-progress = 进度
synthesis-loading = 正在加载文件：{ $done }/{ $total }…
synthesis-analysing = 正在分析回答：第 { $done } 步，共 { $total } 步…
synthesis-exporting = 正在准备下载…
synthesis-ready = 综述已就绪：{ $count } 份答复（读取文件用时 { $reading } 秒，分析用时 { $analysing } 秒）
synthesis-failed = 分析已停止：{ $reason }。请刷新页面并重新添加文件；没有任何内容离开此浏览器。
reason-worker-gone = 浏览器在未说明原因的情况下终止了它
reason-export = 无法写入 { $format } 文件（{ $detail }）
nri-unpublished = { $name }（仅在不公开的答复中提及）
nri-none = 无国家或区域倡议
report-title = 加载结果
report-summary = { $files } 个文件：已加载 { $loaded } 个，重复 { $duplicates } 个，拒绝 { $rejected } 个。数据集中共有 { $responses } 份答复。
report-show = 显示所有文件
report-file = 文件
report-status = 状态
report-details = 详情
report-status-loaded = 已加载
report-status-duplicate = 重复
report-status-rejected = 已拒绝
report-status-partly = 部分加载
report-status-waiting = 等待密钥
report-bundle = 打包文件：保留了 { $count } 份答复
report-entry-rejected = 打包文件中的第 { $entry } 份答复：{ $reason }
report-duplicate-kept-here = 另一文件中也有此答复；此副本是最新的，予以保留（{ $id }）
report-duplicate-conflict = 答复 { $id } 的各副本在作者或开始时间上不一致：其中之一可能是伪造的。请核实哪一份是真实的。
report-duplicate-kept = 与 { $id } 重复；保留 { $file } 中较新的副本
reject-not-text = 这不是文本文件。
reject-not-json = 这不是 JSON 文件（第 { $line } 行，第 { $column } 列）。
reject-truncated = 文件不完整：内容被截断，可能是在下载或复制时出了问题。
reject-not-response = 此 JSON 文件不是 BPF 意见征集的答复文件或打包文件。
reject-version = 此文件使用的格式版本为 { $found }，本版本的应用无法读取。请使用较新版本的应用。
reject-no-integrity = 此文件没有完整性校验，因此无法发现对文件的任何修改。
reject-unknown-integrity = 此文件的完整性校验使用了 { $name }，本应用无法识别该方法。
reject-integrity = 此文件在保存后被修改或损坏：完整性校验不一致。
reject-invalid = 文件已损坏：{ $field }：{ $reason }
reject-count = 打包文件声明包含 { $claimed } 份答复，实际包含 { $found } 份。
reject-too-large = 文件过大（{ $size }；上限为 { $max }）。
reject-questionnaire = 此文件回答的是另一份问卷（{ $id }，版本 { $version }）。
reject-set-full = 数据集中的答复已达上限（{ $max } 份）。
reject-duplicate-key = 文件在同一位置两次出现键 { $key }，因此其内容含义不明确。
reject-too-long = { $field } 超过了表单允许的 { $max } 个字符。
reject-needs-key = 已为秘书处加密：请选择身份文件以读取。
reject-wrong-key = 该文件是为另一个密钥加密的，与您选择的身份文件不符。
reject-damaged-ciphertext = 加密文件已损坏或不完整。
reject-age-header = 其加密头远大于答复文件的加密头，因此未被打开。
reject-future = 其最后修改日期为 { $date }，是未来的日期，因此未加载。请检查其来源设备的时钟。
filter-title = 筛选
filter-hint = 勾选一个或多个复选框，只查看相应的答复。下方所有数字和摘要都会随之更新。
filter-group = 利益攸关方群体
filter-region = 区域
filter-nri = NRI
filter-language = 表单语言
filter-capacity = 身份
filter-clear = 清除所有筛选条件
filter-drafts-legend = 未完成的草稿
filter-drafts = 像已提交的回复一样引用并列出，各按其发布选择
overview-title = 概览
overview-drafts-read = 按筛选中的选择，未完成的草稿像已提交的回复一样被引用和列出；每份草稿仍遵循其发布选择。
overview-count = 共 { $count } 份意见{ $drafts ->
        [0] {""}
       *[other] ，其中 { $drafts } 份为未完成的草稿
    }。
breakdown-group = 按利益攸关方群体
breakdown-region = 按区域
breakdown-nri = 按 NRI
breakdown-language = 按表单语言
breakdown-capacity = 按身份
chart-show-table = 以表格显示数字
chart-category = 类别
chart-count = 答复数
questions-heading = 问题
question-number = 问题 { $number }
question-answered = { $total } 份意见中有 { $answered } 份回答了此问题。
question-non-answers = 其中 { $count } 份没有实质内容（如“见附件”“不适用”或仅一个词）：计入总数，但不纳入主题、摘要和关键词。
question-other = 其中 { $count } 份与问题所问内容无关（六种语言中均未出现本领域的任何术语）：作为其他回答计入总数，但不纳入主题、摘要和关键词。
question-length = 回答长度的中位数为 { $median } 个词（最短 { $min } 个，最长 { $max } 个；平均 { $mean } 个）。
themes-title = 主题
themes-none = 回答太少，无法归纳主题。
theme-meta = { $voices } 位答复者 · 语言：{ $language }
terms-title = 关键词
terms-language = 语言：{ $language }（{ $answers } 个回答）
summary-title = 摘要
summary-none = 此处没有可以引用的回答。
quote-anonymous = 匿名，{ $group }，{ $country }
quote-anonymous-group = 匿名，{ $group }
duplicates-title = 近似重复的回答
duplicates-none = 无：每个回答都各不相同。
duplicates-size = { $count } 个回答共用这段文字
question-voices = 每组近似重复的回答只计一次，独立意见共 { $voices } 份（逐一计算所有回答：{ $answered } 份）。图表按只计一次统计。
overview-voices = 每个集体行动只计一次，独立意见共 { $voices } 份。图表按只计一次统计。
raw-figures = 逐一计算所有回答
campaigns-title = 集体行动
campaigns-more = 另有 { $count } 组五个以上近似重复的回答，分别列在各自问题的近似重复回答中。
campaign-line = 发送同一文本的意见：{ $count } 份（问题：{ $questions }）
campaign-sent-by = 发送者：{ $who }
campaign-not-published = 不公开
initiatives-title = 提及的倡议和组织
initiatives-none = 无：没有知名倡议，也没有其他被两个以上回答提及的倡议。
privacy-title = 提及自己身份的答卷人
privacy-masked = 匿名答卷人在回答中写出本人姓名、所属组织或电子邮件地址的回答：{ $count } 个（问题 { $questions }）。引文、摘录和开放数据中以 [name]、[organisation] 或 [e-mail] 代替。
privacy-unpublished = 不公开的回答中同样情况：{ $count } 个。这些回答从不公开。
topics-title = 跨语言主题
topics-why = 不同语言中发现的主题，如果其回答比该问题的其他回答更多地谈到相同的概念（此处列出），就归为一组。
topics-themes = 主题：
narrative-title = 叙述草稿（需改写）
narrative-note = 根据本页数字生成的初稿：发布前请改写。
narrative-point = { $size ->
    [most] 大多数意见
    [many] 许多意见
    [several] 若干意见
   *[few] 少数意见
}（{ $percent }%；{ $who }）谈到“{ $label }”。
narrative-separator = { "；" }
narrative-mainly = 主要来自{ $group }，{ $share }%
narrative-mixed = 来自多个利益相关方群体
narrative-in = { $language }回答
narrative-initiatives = 提及最多的：{ $names }。
narrative-campaign = 多人发送的相同文本只计一次。
answers-title = 所有回答
answers-search = 搜索回答
answers-search-hint = 显示包含您输入的所有词语的回答。
answers-count = 显示 { $shown } 个，共 { $total } 个
answers-no-name = 未提供姓名
answers-more = 再显示 { $count } 个
answers-publication = 发布方式：{ $choice }
export-title = 下载
export-hint = 按 BPF 成果文件第二部分的结构编排的综述：先是概览，然后逐个列出问题，最后是意见清单。引文和姓名遵循每位答复者的选择。
export-html = 下载为网页（可打印或另存为 PDF）
export-markdown = 下载为 Markdown
export-docx = 下载为 Word 文档（DOCX）
export-qda-title = 用于定性分析软件
export-qda-hint = 供 QualCoder、NVivo、ATLAS.ti 或 MAXQDA 使用的 REFI-QDA 项目：可发布的回答作为来源，答复者作为个案（附利益攸关方群体和国家），主题和代码作为代码，回答已编码。仅包含可以发布的内容；匿名答复者不具名。
export-qdpx = 下载项目（REFI-QDA，.qdpx）
export-qdc = 下载代码本（REFI-QDA，.qdc）
export-data-title = 开放数据
export-data-hint = 可以发布的答复，不含电子邮件地址；匿名答复不含姓名。回答中的电子表格公式已作无害化处理。
export-bom = 添加字节顺序标记 (BOM)，供 Excel 使用
export-csv = 下载 CSV
export-json = 下载 JSON 打包文件
export-xlsx = 下载为电子表格（XLSX）
export-long-csv = 下载 CSV，每个问题的每条回答一行
table-title = 对应 { $name } 的各列
table-hint = 来自其他调查工具的 { $rows } 行、{ $columns } 列。请选择每一列的内容：某个问题的回答、关于答复者的信息，或不导入。下方的选择根据列标题推断，导入前请核对。
table-remembered = 各列已按您上次为表头相同的表格所做的对应方式对应。
table-column = 列
table-first-value = 第一个值
table-holds = 内容
table-no-header = （无标题）
table-ignore = 不导入
table-answers = 回答：
table-fields = 关于答复者
table-field-group = 利益攸关方群体
table-field-capacity = 身份（个人或代表组织）
table-field-publication = 发布选择
table-field-submitted = 答复的日期和时间
table-publication = 未说明发布选择的行
table-publication-hint = 其他工具没有提出最佳实践论坛的这个问题。除非您知道这些答复者同意了什么，否则请保留“不发布”：他们的回答会被计入，但绝不会被引用或列出。
table-nri = 开展此次调查的 NRI（可选）
table-need-answers = 请至少选择一列问题回答。
table-import = 导入 { $rows } 行
table-cancel = 暂不处理此文件
table-refused = 无法将 { $name } 读取为表格：{ $reason }
table-refused-empty = 标题下没有任何行。
table-refused-unreadable = 既不是 CSV 文件（UTF-8 或 UTF-16），也不是 XLSX 或 ODS 电子表格。
table-refused-spreadsheet = 无法打开该电子表格（{ $detail }）。
table-refused-too-large = 共 { $rows } 行、{ $columns } 列，超出页面可读取的范围（200,000 行，1,000 列）。
table-refused-file-too-large = 文件大小为 { $size } MB，超过每个文件 { $max } MB 的上限。请每次导出较少的行，或另存为 CSV。
table-refused-unpacked = 解压后将占用 { $size } MB，远超一份答复表格的大小；未打开该文件。
table-imported = { $name }：已加载并随工作区文件保存的答复：{ $count }。
table-problems = 行备注：{ $count }
table-problem-no-answer = 第 { $row } 行：没有回答任何问题；未导入。
table-problem-not-understood = 第 { $row } 行：无法识别 { $field }“{ $value }”；留空。
table-problem-shortened = 第 { $row } 行：“{ $column }”列已截短至答复允许的长度。
key-prompt-title = 加密答复
key-prompt-body = 为秘书处加密的文件：{ $count } 个。请选择秘书处的身份文件以读取这些文件。密钥只保留在此页面的内存中，绝不会保存在浏览器中。
key-prompt-button = 选择身份文件
key-error-none = 此文件不含 age 私钥。请选择在此页面上生成的身份文件：该文件以“# created”开头。
key-error-bad = 此文件第 { $line } 行不是有效的 age 私钥。
keys-title = 加密密钥
keys-hint = 答复者可以为秘书处加密其答复文件，这样只有持有身份文件的人才能读取。密钥对只需生成一次；请公布公钥，并妥善保管身份文件：没有它，就无法读取加密的答复。身份文件绝不会存储在此浏览器中。
keys-generate = 生成新的密钥对
keys-public = 公钥：请公布公钥，并提供给各 NRI 用于其表单
keys-made = 身份文件已下载为 { $file }。请将其保存在安全、私密的地方。
workspace-kept = 与筛选条件一起保存在此浏览器中的文件：{ $files } 个。重新打开此页面即可恢复。
workspace-usage = 本网站使用了浏览器允许的 { $quota } 中的 { $used }。
workspace-persisted = 浏览器已同意即使空间不足也保留这些文件。
workspace-not-persisted = 空间不足时浏览器可能会清除这些文件：请保留您的文件副本。
workspace-unavailable = 此浏览器不允许页面保存您的工作区（由于其设置、隐私浏览或框架）：重新加载后，请再次选择文件。
workspace-not-kept-full = 因此浏览器的存储空间已满而未能保存的文件：{ $files } 个。它们现在已加载，但重新加载后需要再次选择。
workspace-not-kept = 未能保存在此浏览器中的文件：{ $files } 个。它们现在已加载，但重新加载后需要再次选择。
workspace-title = 工作区：{ $name }
workspace-unnamed = 未命名的工作区
workspace-open = 打开另一个工作区
workspace-new = 新建工作区
workspace-new-name = 新工作区的名称（例如某次征集或某个周期）
workspace-create = 创建并打开
workspace-rename = 重命名
workspace-rename-label = 此工作区的新名称
workspace-save = 保存名称
workspace-cancel = 取消
workspace-delete = 删除此工作区
workspace-delete-confirm = 删除工作区“{ $name }”及其保存在此浏览器中的文件（{ $files } 个）？您电脑上的文件不受影响。
workspace-delete-yes = 删除
workspace-delete-no = 保留
workspace-not-changed = 无法在此浏览器中更改工作区；请重试。
workspace-elsewhere = 此工作区也在此浏览器的另一个标签页中打开。两个标签页都可以添加文件，不会丢失任何内容，但每个标签页只有在重新加载后才会显示另一个添加的内容。
code-sdg-1 = 可持续发展目标 1：无贫穷
code-sdg-2 = 可持续发展目标 2：零饥饿
code-sdg-3 = 可持续发展目标 3：良好健康与福祉
code-sdg-4 = 可持续发展目标 4：优质教育
code-sdg-5 = 可持续发展目标 5：性别平等
code-sdg-6 = 可持续发展目标 6：清洁饮水和卫生设施
code-sdg-7 = 可持续发展目标 7：经济适用的清洁能源
code-sdg-8 = 可持续发展目标 8：体面工作和经济增长
code-sdg-9 = 可持续发展目标 9：产业、创新和基础设施
code-sdg-10 = 可持续发展目标 10：减少不平等
code-sdg-11 = 可持续发展目标 11：可持续城市和社区
code-sdg-12 = 可持续发展目标 12：负责任消费和生产
code-sdg-13 = 可持续发展目标 13：气候行动
code-sdg-14 = 可持续发展目标 14：水下生物
code-sdg-15 = 可持续发展目标 15：陆地生物
code-sdg-16 = 可持续发展目标 16：和平、正义与强大机构
code-sdg-17 = 可持续发展目标 17：促进目标实现的伙伴关系
codebook-title = 编码（{ $count }）
codebook-hint = 十七项可持续发展目标以及您自己的编码。使用编码关键词的回答会得到该编码的建议；只有在您接受或添加后，编码才会用于该回答。
codebook-remove = 删除
codebook-remove-named = 删除编码 { $name }
codebook-name = 新编码的名称
codebook-words = 提示该编码的词语
codebook-words-hint = 词语开头，用逗号分隔，任何语言均可（例如：钓鱼, phishing, hameçonnage）。
codebook-add = 添加编码
answer-codes = 编码：
answer-suggested = 建议：
answer-code-accept = 接受
answer-code-accept-named = 为此回答接受编码 { $code }
answer-code-reject = 拒绝
answer-code-reject-named = 为此回答拒绝编码 { $code }
answer-code-add = 为此回答添加编码
codes-title = 编码
edit-code-define = 创建了编码“{ $name }”
edit-code-remove = 删除了一个编码
edit-code-on = 问题 { $question }：编码 { $code } 用于一个回答
edit-code-off = 问题 { $question }：编码 { $code } 不适用于一个回答
conflict-code-applies = 适用
conflict-code-not = 不适用
conflict-coded = 问题 { $question }，答复 { $id }：编码 { $code }
conflict-code = 编码 { $code }
answer-in-theme = 属于主题 { $theme }
answer-in-other = 属于其他回答
answer-edit = 编辑此回答
answer-move-to = 移至：
answer-move-other = 其他回答
edit-move = 问题 { $question }：一个回答被移动
conflict-placed = 问题 { $question }，答复 { $id }：其回答的归属
conflict-theme-gone = 此综述中已不存在的主题
workspace-files-title = 工作区文件：将此工作区带到另一浏览器，或添加同事的工作区
workspace-files-hint = 工作区文件包含已加载的文件（保持原样：加密文件仍为加密；绝不包含身份文件）、筛选条件和所有编辑。在另一浏览器中打开，可得到相同的综述和下载。
workspace-download = 将此工作区下载为一个文件
workspace-file-open = 打开工作区文件
workspace-file-open-hint = 它将成为此浏览器中的一个新工作区，带有其文件、筛选条件和编辑。
workspace-file-merge = 将同事的工作区文件添加到此工作区
workspace-file-merge-hint = 添加此工作区中没有的其文件和编辑。对于你们作出不同决定的同一事项，在您选择之前不作任何更改。
workspace-file-too-large = 此文件超过工作区文件允许的大小（256 MB）。未作任何更改。
workspace-file-too-large-to-write = 此工作区过大，无法放入一个文件（连同其文件超过 256 MB）。请直接分享答复文件本身，并为同事创建一个较小的工作区（征集的一部分）。
workspace-file-not = 这不是本应用的工作区文件。未作任何更改。
workspace-file-newer = 此工作区文件由本应用的较新版本写入：请重新加载页面以更新，然后再次打开该文件。未作任何更改。
workspace-file-damaged = 此工作区文件在写入后被更改或损坏。未作任何更改：请索取新的副本。
workspace-file-unreasonable = 此工作区文件包含的内容超出任何工作区（文件或编辑过多，或文字过长）。未作任何更改。
workspace-file-not-kept = 无法在此浏览器中保存该工作区。未作任何更改。
workspace-file-not-kept-full = 此浏览器存储空间已满，无法保存该工作区：请释放空间（删除不再需要的工作区），然后重试。未作任何更改。
workspace-file-merged = 已从同事的工作区添加：新文件：{ $files }；新编辑：{ $edits }。
conflicts-title = 您与同事决定不同之处：{ $count }
conflicts-hint = 这些事项未作任何更改。请逐一选择保留您的决定或采用同事的决定。
conflict-excluded = 答复 { $id }：是否排除
conflict-theme = 问题 { $question } 的一个主题名称
conflict-narrative = 问题 { $question } 的文字
conflict-reviewed = 问题 { $question } 是否已审阅
conflict-yours = 您的
conflict-theirs = 同事的（{ $who }）
conflict-keep = 保留您的
conflict-take = 采用同事的
conflict-kept-in = 保留
conflict-left-out = 已排除：{ $reason }
conflict-empty = （无）
conflict-yes = 已审阅
conflict-no = 未审阅
edits-title = 编辑
edits-hint = 您的编辑与工作区一起保存，独立于自动综述，并在添加文件时重新应用。下载内容遵循这些编辑：第二部分使用您的主题名称、选定引文和文字；每次下载都不包含您排除的答复。
edits-editor = 您的姓名，将随您的每次编辑一起记录
edits-undo = 撤销上一次编辑
edits-redo = 重做
edits-excluded = 秘书处排除的答复：{ $count }。它们不计入综述和任何下载。
edits-unmatched = 已找不到其主题的编辑（该主题的答复已被排除或被筛选掉）：{ $count }。
edits-history = 编辑历史（{ $count }）
edits-history-none = 尚无编辑。
edits-by = { $time }，{ $who }：{ $what }
edits-anonymous = 未留姓名的人
edits-not-kept = 上一次编辑已显示，但此浏览器未能保存：重新加载后将会丢失。
edits-not-kept-full = 上一次编辑已显示，但此浏览器的存储空间已满，未能保存：请释放空间（删除不再需要的工作区），然后重新编辑。
edits-unreadable = 无法读取此浏览器为该工作区保存的编辑。为避免丢失，在能够读取之前，此处无法进行任何编辑。
edit-rename = 问题 { $question }：一个主题被命名为“{ $name }”
edit-rename-clear = 问题 { $question }：一个主题恢复以其术语命名
edit-merge = 问题 { $question }：两个主题已合并
edit-exclude = 一份答复被排除（{ $reason }）
edit-include = 一份答复被恢复
edit-pin = 问题 { $question }：一个回答被选为引文
edit-unpin = 问题 { $question }：一条选定引文被移除
edit-narrative = 问题 { $question }：已撰写综述
edit-reviewed = 问题 { $question }：标记为已审阅
edit-unreviewed = 问题 { $question }：不再标记为已审阅
theme-edit = 编辑此主题
theme-name = 此主题的名称
theme-name-hint = 留空则恢复以其术语命名该主题。
theme-name-save = 保存名称
theme-named = 由秘书处命名；其术语：{ $terms }
theme-merge-into = 将此主题合并到
theme-merge-choose = 选择一个主题
theme-merge = 合并
narrative-edit-title = 您对此问题的综述
narrative-edit-label = 第二部分的文字
narrative-edit-hint = 它将替代第二部分中的叙述草稿。段落之间请空一行。
narrative-save = 保存文字
narrative-unsaved = 尚未保存。
pinned-title = 选定引文
pinned-none = 尚未选定引文：请在下方用“选为引文”选择回答。
pinned-refused = 因作者不再允许引用而未列入第二部分的选定引文：{ $count }。
question-reviewed = 已审阅：此问题的综述已完成
question-nav-reviewed = 已审阅
answer-pin = 选为引文
answer-unpin = 从引文中移除
answer-pin-refused = 此回答无法引用：其作者选择不公开，或尚未发送该答复。
answer-exclude = 排除此答复
answer-exclude-why = 原因？该答复将从综述和所有下载中排除，之后可以恢复。
answer-excluded = 已排除：{ $reason }
answer-include = 恢复
reason-spam = 垃圾信息
reason-off-topic = 离题
reason-duplicate = 重复
reason-withdrawn = 作者已撤回

export-language = 文档语言
export-language-hint = 标题和固定语句使用此语言；回答和引文保持作者撰写时的原样。
export-language-failed = 无法加载{ $language }的文档文字。请检查网络连接后重试。
# 下载的第二部分（网页、Word、Markdown），使用下载时选择的语言。
part2-title = 第二部分：响应意见征集所收到意见的综述
part2-document-title = 第二部分：意见综述——{ $title }
part2-source = { $title }（{ $id }，版本 { $version }）。
part2-source-as-of = { $title }（{ $id }，版本 { $version }）。数据截至 { $date }。
part2-overview = 概览
part2-filter = 仅包括符合以下条件的意见：{ $filter }。
part2-received = 共收到 { $count } 份意见。
part2-received-drafts = 共收到 { $count } 份意见，其中 { $drafts } 份为未完成的草稿。
part2-received-drafts-sent = 共收到 { $count } 份意见，其中 { $drafts } 份为未完成的草稿（按秘书处的选择，像已提交的意见一样引用和列出）。
part2-excluded = 秘书处另排除了 { $count } 份意见（{ $counts }）；下文任何部分均不计入这些意见。
part2-voices = 每个集体行动只计一次，共有 { $voices } 份独立意见；下方数字按此统计，其后再列出逐一计算所有意见的数字。
part2-by = { $dimension ->
    [group] 按利益攸关方群体：
    [region] 按区域：
    [nri] 按 NRI：
    [language] 按表单语言：
   *[capacity] 按身份：
}
part2-by-all = { $dimension ->
    [group] 按利益攸关方群体（逐一计算所有意见）：
    [region] 按区域（逐一计算所有意见）：
    [nri] 按 NRI（逐一计算所有意见）：
    [language] 按表单语言（逐一计算所有意见）：
   *[capacity] 按身份（逐一计算所有意见）：
}
part2-chart-group = 按利益攸关方群体分列的意见
part2-chart-region = 按区域分列的意见
part2-column-group = 利益攸关方群体
part2-column-region = 区域
part2-column-count = 数量
part2-campaigns = 集体行动
part2-campaign = { $count } 份意见就 { $questions } 个问题（问题 { $numbers }）发送了{ $text }。发送者：{ $senders }。
part2-campaign-unpublished = 同一文本（不公开）
part2-more-campaigns = 另有 { $count } 组五个以上近似重复的回答，分别列在各自问题的近似重复回答中。
part2-contributions = 收到的意见
part2-no-contributors = 没有提交意见者要求列出其名称。
part2-contribution = 来自{ $who }的意见
part2-contribution-nri = 来自{ $nri }的意见
part2-anonymous = { $count } 份匿名意见（按利益攸关方群体：{ $groups }；按区域：{ $regions }）。
part2-anonymous-who = { $group ->
    [government] 政府答复者
    [private-sector] 私营部门答复者
    [civil-society] 民间社会答复者
    [technical-community] 技术界答复者
    [academia] 学术界答复者
    [intergovernmental] 政府间组织答复者
   *[other] 答复者
}
part2-anonymous-where = { $who }，{ $country }
part2-unnamed = 不具名
part2-not-stated = 未说明
part2-answers = { $count } 个回答（{ $groups }）
part2-question = 问题 { $number }：{ $text }
part2-answered = { $total } 份意见中有 { $answered } 份回答了此问题（{ $groups }）。回答长度的中位数为 { $median } 个词（最短 { $min } 个，最长 { $max } 个）。
part2-chart-question = 按利益攸关方群体分列的问题 { $number } 回答
part2-question-voices = 每组近似重复的回答只计一次，共有 { $voices } 份独立意见（{ $groups }）。
part2-non-answers = 其中 { $count } 份没有实质内容（如“见附件”“不适用”或仅一个词）；在此计入，但不纳入主题、摘要和关键词。
part2-other = 其中 { $count } 份与问题所问内容无关（六种语言中均未出现本领域的任何术语）：在此作为其他回答计入，但不纳入主题、摘要和关键词。
part2-synthesis = 综述
part2-narrative = 叙述草稿
part2-narrative-note = 根据下方数字生成的初稿，发布前需改写。
part2-pinned = 选定引文
part2-topics = 跨语言主题
part2-topics-note = 不同语言中发现的主题，如果其回答比该问题的其他回答更多地谈到多语种词库中的相同概念，就归为一组；组名即这些概念。
part2-topic = { $voices } 位答复者（按语言：{ $languages }；按利益攸关方群体：{ $groups }）；见下方主题 { $themes }。
part2-themes = 主题
part2-theme = { $number }. { $label }（{ $voices } 位答复者，{ $language }）
part2-theme-groups = 利益攸关方群体：{ $groups }。
part2-terms = 关键词
part2-terms-line = （{ $answers } 个回答）：{ $terms }
part2-initiatives = 提及的倡议和组织
part2-codes = 编码
part2-codes-note = 秘书处为回答添加的编码，包括手动添加的和接受建议后添加的。
part2-summary = 摘要
part2-duplicates = 近似重复的回答
part2-duplicate = { $count } 个回答共用文字“{ $text }”
part2-duplicate-unpublished = { $count } 个回答共用同一文本（不公开）
part2-duplicate-campaign = { $group }：集体行动，发送者：{ $senders }
part2-quoted = “{ $text }”
part2-list-separator = { "、" }
part2-senders-separator = { "；" }

## Other pages

not-found-title = 未找到页面
not-found-body = 此页面不存在，或其所属的答复已不在此设备上。
not-found-home = 前往起始页

## Accessibility statement

footer-accessibility = 无障碍声明
a11y-title = 无障碍声明
a11y-intro = 此表单和秘书处的综述页面面向所有希望提供意见的人，无论其使用何种设备、语言或辅助技术。
a11y-standard-title = 我们力求达到的标准
a11y-standard = 《Web 内容无障碍指南》(WCAG) 2.2 的 AA 级。据我们的测试，两个页面在全部六种语言下均符合这一标准。
a11y-works-title = 您可以期待什么
a11y-works-keyboard = 只用键盘即可完成所有操作，焦点始终可见。
a11y-works-screen-reader = 每个字段都有可见的标签；相关选项已分组；错误列在页面顶部，并链接到相应字段；保存、字数和进度会播报出来，但不会移动焦点。
a11y-works-zoom = 在 360 像素宽的手机上以及放大到 200% 时，页面均可正常使用，无需横向滚动。
a11y-works-languages = 页面提供阿拉伯文（从右到左）、中文、英文、法文、俄文和西班牙文版本。您可以随时切换语言，已输入的内容不会丢失。
a11y-works-charts = 综述页面上的每个图表都附有一个表格，列出相同的数字。
a11y-works-contrast = 文字和控件的对比度至少达到 WCAG 的要求，嵌入表单的网站选用其他颜色时也是如此。
a11y-tested-title = 我们如何测试
a11y-tested-axe = 使用 axe-core 按照 WCAG 2.2 的 A 级和 AA 级规则自动检查每个界面和每种语言，不允许出现任何问题。
a11y-tested-keyboard = 只用键盘运行脚本化的操作流程：填写并保存答复，以及加载文件并查看某个问题的主题。
a11y-tested-sizes = 在 360 像素宽度和桌面电脑宽度下检查每个界面是否需要横向滚动。
a11y-tested-screenshots = 由人工查看阿拉伯文和中文界面在手机和桌面电脑上的截图。
a11y-limits-title = 已知局限
a11y-limits-screen-readers = 测试驱动的是真实的浏览器，但尚未驱动屏幕阅读器：我们尚未亲自使用 NVDA、JAWS、VoiceOver 或 TalkBack 进行测试。
a11y-limits-charts = 超过 48 个字符的图表标签在图表内会被缩短；图表下方的表格会完整显示这些标签。
a11y-limits-translations = 译文尚未经联合国笔译部门审校。
a11y-contact-title = 向我们报告问题
a11y-contact = 如果有功能对您不起作用，或者您需要以其他形式提供问题，请写信给互联网治理论坛秘书处，或邀请您的互联网治理论坛国家和区域倡议 (NRI)。您也可以用您力所能及的任何形式发送意见。
a11y-prepared = 本声明编写于2026年11月23日，描述的是 { $version } 版。

## Embed on your site

embed-title = 将表单嵌入您的网站
embed-intro = 供互联网治理论坛国家和区域倡议使用：设定表单选项，以访问者所见的样子查看表单，并复制用于您网站的代码。在答复者发送文件之前，答复一直保存在其各自的设备上。
embed-host = 您网站的地址
embed-host-hint = 例如 https://www.nigeria-igf.example：表单只向该网站发送消息（就绪、高度、已保存）。框架代码需要它；脚本标签会自动获取。
embed-nri = 您的 NRI 名称
embed-nri-hint = 将记录为在您网站上填写的每份答复的来源。
embed-lang = 表单打开时使用的语言
embed-lang-any = 访问者自己的语言
embed-accent = 页眉颜色
embed-accent-hint = 颜色格式如 #006b3f。如果颜色太浅，白色文字难以看清，则会自动加深，直到文字清晰可读。
embed-contact = 答复者将文件发送至何处
embed-contact-hint = 电子邮件地址或网址，在保存文件时显示。
embed-closes = 意见征集截止日期
embed-questionnaire = 问卷（可选）
embed-questionnaire-hint = 本网站上（例如 questionnaires/igf-bpf-cybersecurity-2017-example.json）或其认可网站上的问卷文件地址。留空则使用内置问卷。
embed-key = 秘书处的公钥（可选）
embed-key-hint = 公钥以 age1 开头。填写后，答复将被加密，只有秘书处能够读取。
embed-invalid = 表单无法使用此值；请检查。
embed-frame = 内嵌框架代码
embed-script = script 标签代码
embed-copy-frame = 复制内嵌框架代码
embed-copy-script = 复制 script 标签代码
embed-copied = 已复制。
embed-preview = 预览
embed-preview-title = 预览：{ $name }
