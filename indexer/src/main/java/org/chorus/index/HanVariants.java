package org.chorus.index;

/**
 * Common traditional Chinese characters and their simplified forms, so "外國勢力" and "外国势力"
 * are the same words: Hong Kong and Taiwan write traditional, the mainland simplified, and one
 * campaign's posts use both. A table of the 556 characters that matter most in news and
 * political posts (not a full converter: rarer characters stay as written). One character for
 * one, so offsets (and highlights) are unchanged.
 */
final class HanVariants {
  private static final String TRADITIONAL =
      "國亂對這們為會來說時個發後經動與關體開區議華場實當從還東長現間問應爭運黨導護衛軍鬥強權獨義勢壞擊襲傷難變聲無樣兒頭萬億門員歲電視聽見覺親車馬鳥魚龍風飛書學習寫讀語話認識讓請謝記許論設計訴該誰調談證選邊過進達遠連遲錢銀鐵錯鎮陽陰陳際隊險雙雖離雲靈順須預領題顏願類顯飯館驗髮鬧麗點齊傳僅價優內兩冊劃劇勞勝勵務協參吳嗎團圍圖圓報壓處備夢奪奮婦媽孫寧審寶將專尋層屬島幣帶幫廣廠張彈徵復憂態慣憶戰戲戶擔據擴擁換損搶攝擇撥敗數敵斷於歷歸殺氣漢滅濟灣災熱營獎環產産畫異療盡監盤礎碼確禮禍種稱積穩競筆節範簡糧紀約紅級紙紛細組終結統絕給絡綜網緊線練總績繼續罰羅聯聞職腦臉舉舊藝藥蘇號蟲術補裝製複規觀訂訊訪詞試詳誌誤課諾謀講豐貝負財責貨質購貿費資賣賽贊趕趨跡躍軟較載輕輪輸辦農郵鄉醫針錄鏡閉閱陸隨隱雞靜響頁項頓頻額養驚麼黃齡壯憤傘罷漲擾騷憲廢衝擋槍顛縱獄緝違偽僞謠誹謗譴兇殘惡癱瘓嚇鎖燒塊磚愛榮衆眾佔機標條歐裡裏麵準幾啟嚴夠乾幹韓臺颱葉蘭觸燈滿濫紮釋僱廳飲極構樓橋櫃歡毆沒決況減測濕灑煙爺牆狀猶獲瑪畢癥盜矯碩祕禦禪穀窮竊籌簽絲綁維綫緒編緩縣縮繳繪罵聖脅腳臨莊萊蓋蔭薦藉蘋虧蠻袞覽討託訓詐評詢誇誠誘諮諷謊譯讚豬貓貪販貫貴貸賀賊賓賠賦賭賴贏趙蹤軌軸輔輯轉辭辯遞遷遺醜鈔鋪鋼錦鍵鐘鑰閃閒閣闊闖闢陣隸雜霧韋頌頒頸顧颳飄餘饑騙驅鬆魯鳴鴻麥黴齒";
  private static final String SIMPLIFIED =
      "国乱对这们为会来说时个发后经动与关体开区议华场实当从还东长现间问应争运党导护卫军斗强权独义势坏击袭伤难变声无样儿头万亿门员岁电视听见觉亲车马鸟鱼龙风飞书学习写读语话认识让请谢记许论设计诉该谁调谈证选边过进达远连迟钱银铁错镇阳阴陈际队险双虽离云灵顺须预领题颜愿类显饭馆验发闹丽点齐传仅价优内两册划剧劳胜励务协参吴吗团围图圆报压处备梦夺奋妇妈孙宁审宝将专寻层属岛币带帮广厂张弹征复忧态惯忆战戏户担据扩拥换损抢摄择拨败数敌断于历归杀气汉灭济湾灾热营奖环产产画异疗尽监盘础码确礼祸种称积稳竞笔节范简粮纪约红级纸纷细组终结统绝给络综网紧线练总绩继续罚罗联闻职脑脸举旧艺药苏号虫术补装制复规观订讯访词试详志误课诺谋讲丰贝负财责货质购贸费资卖赛赞赶趋迹跃软较载轻轮输办农邮乡医针录镜闭阅陆随隐鸡静响页项顿频额养惊么黄龄壮愤伞罢涨扰骚宪废冲挡枪颠纵狱缉违伪伪谣诽谤谴凶残恶瘫痪吓锁烧块砖爱荣众众占机标条欧里里面准几启严够干干韩台台叶兰触灯满滥扎释雇厅饮极构楼桥柜欢殴没决况减测湿洒烟爷墙状犹获玛毕症盗矫硕秘御禅谷穷窃筹签丝绑维线绪编缓县缩缴绘骂圣胁脚临庄莱盖荫荐借苹亏蛮衮览讨托训诈评询夸诚诱咨讽谎译赞猪猫贪贩贯贵贷贺贼宾赔赋赌赖赢赵踪轨轴辅辑转辞辩递迁遗丑钞铺钢锦键钟钥闪闲阁阔闯辟阵隶杂雾韦颂颁颈顾刮飘余饥骗驱松鲁鸣鸿麦霉齿";
  private static final char[] FOLD = new char[0x10000];

  static {
    for (int i = 0; i < TRADITIONAL.length(); i++) {
      FOLD[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
    }
  }

  private HanVariants() {}

  /** The simplified form of one character, or the character itself. */
  static char fold(char c) {
    char f = FOLD[c];
    return f != 0 ? f : c;
  }
}
